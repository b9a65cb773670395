// The Node side of the lazy compromise (src/core/nlp/parts-of-speech.ts): the CLI, the audit's
// worker threads, the bench and the tests require it synchronously, the first time analyze()
// needs parts of speech. What loads is compromise with its word model built ahead
// (src/core/nlp/parts-of-speech-ready.generated.js): from the source, that ES module file, which
// Node (20.19 and later) requires as it is; in the CLI bundle, its CommonJS build
// dist/parts-of-speech.cjs, run from the V8 code cache the build made of it
// (dist/parts-of-speech.cache, scripts/build-cli.mjs) so that its functions start compiled.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { providePartsOfSpeech, type Nlp } from '../core/nlp/parts-of-speech.js';
import { besideBundle } from './bundle-file.js';
import { runCachedCommonJs } from './cached-commonjs.js';

function load(here: string): Nlp {
  if (here.endsWith('.ts'))
    return (createRequire(here)(fileURLToPath(new URL('../core/nlp/parts-of-speech-ready.generated.js', here))) as { default: Nlp })
      .default;
  const file = fileURLToPath(besideBundle(here, 'parts-of-speech.cjs'));
  const cache = fileURLToPath(besideBundle(here, 'parts-of-speech.cache'));
  return (runCachedCommonJs(file, cache).exports as { default: Nlp }).default;
}

export function requirePartsOfSpeechWhenNeeded(): void {
  const here = import.meta.url;
  providePartsOfSpeech(() => load(here));
}
