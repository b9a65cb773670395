// analyze() for a Node program that runs PeerLens in its own process (the bench): the shipped
// analyzer with compromise required the first time a guard needs parts of speech, as the CLI's
// worker does. The CLI build bundles it as dist/analyzer.mjs (scripts/build-cli.mjs), sharing
// the CLI's chunks, so what is measured there is the code users run, not the TypeScript source.
import { requirePartsOfSpeechWhenNeeded } from './parts-of-speech-loader.js';

requirePartsOfSpeechWhenNeeded();

export { analyze, getAnalyzer } from '../core/default-analyzer.js';
