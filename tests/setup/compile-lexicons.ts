// Vitest global setup: compile the bundled lexicons into their ready form before any test loads
// the analyzer, so the tests always run on the lexicon files as they are now.
import { writeReadyLexicons } from '../../scripts/compile-lexicons.js';

export default function setup(): void {
  writeReadyLexicons();
}
