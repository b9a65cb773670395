// Vitest setup: analyze() may need compromise synchronously, as in the CLI.
import { requirePartsOfSpeechWhenNeeded } from '../../src/input/parts-of-speech-loader.js';

requirePartsOfSpeechWhenNeeded();
