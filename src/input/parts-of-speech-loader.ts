// The Node side of the lazy compromise (src/core/nlp/parts-of-speech.ts): the CLI, the audit's
// worker threads, the bench and the tests require it synchronously, the first time analyze()
// needs parts of speech. require() takes compromise's single-file CommonJS build, which loads
// faster than its many ES module files.
import { createRequire } from 'node:module';
import { providePartsOfSpeech, type Nlp } from '../core/nlp/parts-of-speech.js';

export function requirePartsOfSpeechWhenNeeded(): void {
  providePartsOfSpeech(() => createRequire(import.meta.url)('compromise/two') as Nlp);
}
