// The Node side of the lazy compromise (src/core/nlp/parts-of-speech.ts): the CLI, the audit's
// worker threads, the bench and the tests require it synchronously, the first time analyze()
// needs parts of speech. What loads is compromise with its word model built ahead
// (src/core/nlp/parts-of-speech-ready.generated.js, bundled by the CLI build as
// dist/parts-of-speech.mjs): one ES module file, which Node (20.19 and later) requires as it is.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { providePartsOfSpeech, type Nlp } from '../core/nlp/parts-of-speech.js';
import { besideBundle } from './bundle-file.js';

function readyFile(here: string): URL {
  return here.endsWith('.ts') ? new URL('../core/nlp/parts-of-speech-ready.generated.js', here) : besideBundle(here, 'parts-of-speech.mjs');
}

export function requirePartsOfSpeechWhenNeeded(): void {
  const here = import.meta.url;
  providePartsOfSpeech(() => (createRequire(here)(fileURLToPath(readyFile(here))) as { default: Nlp }).default);
}
