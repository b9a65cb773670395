// Seeded random short texts over a given alphabet, for tests that compare a hand-written scanner
// with the expression it replaces: the same texts on every run.
import { createRng } from '../../bench/prng.js';

export function randomTexts(seed: number, alphabet: readonly string[], count: number, lengths: { min: number; max: number }): string[] {
  const rng = createRng(seed);
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    const length = lengths.min + rng.int(lengths.max - lengths.min + 1);
    let text = '';
    for (let j = 0; j < length; j++) text += rng.pick(alphabet);
    texts.push(text);
  }
  return texts;
}
