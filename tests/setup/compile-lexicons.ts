// Vitest global setup: compile the bundled lexicons into their ready form before any test loads
// the analyzer, so the tests always run on the lexicon files as they are now; and build
// compromise with its word model expanded, which the analyzer loads when a guard needs it.
import { writeReadyPartsOfSpeech } from '../../scripts/build-parts-of-speech.js';
import { writeReadyLexicons } from '../../scripts/compile-lexicons.js';

export default async function setup(): Promise<void> {
  writeReadyLexicons();
  await writeReadyPartsOfSpeech();
}
