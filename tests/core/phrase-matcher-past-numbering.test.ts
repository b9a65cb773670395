// The phrase matcher numbers the words it meets (up to a cap) and finds a trie node's word edges
// by word number (compact-trie.ts). Past the cap, a word has no number: a text's word is then
// asked for by its letters, and a node whose own words could not all be numbered is read by its
// slots. Matches, plurals and misses must read exactly as for numbered words.
import { describe, expect, it } from 'vitest';
import { matcherOf } from '../../src/core/patterns/phrase-matcher.js';
import { tokenize } from '../../src/core/text/tokenize.js';

/** A made-up word per number, letters only (a number word would also take a number slot). */
function word(k: number): string {
  let w = '';
  for (let n = k + 26; n > 0; n = Math.floor(n / 26)) w += String.fromCharCode(97 + (n % 26));
  return `zq${w}`;
}

/** More distinct words than the numbering holds (1 << 15), read once so they are numbered first. */
const FILLER = 40_000;

describe('words met after the numbering is full', () => {
  // Built and run before the filler: the root's words and the nodes a walk reaches early are numbered.
  const early = matcherOf(['peer support~n specialist~n', 'lived experience of recovery', 'recovery coach~n']);
  // Run first after the filler: its later nodes are indexed when no word can be numbered any more.
  const late = matcherOf(['family partner~n program', 'youth peer advocate~n', 'certified recovery mentor~n']);

  it('finds phrases of numbered and unnumbered words alike, before and after the numbering fills', () => {
    expect(early.matchAll(tokenize('Our peer support specialists help.')).map((m) => [m.payload, m.plural])).toEqual([['0', true]]);
    const filler = Array.from({ length: FILLER }, (_, k) => word(k)).join(' ');
    expect(early.matchAll(tokenize(filler))).toEqual([]);

    const text =
      'A certified recovery mentors group, a youth peer advocate, family partners program staff and a recovery coach ' +
      `with lived experience of recovery; ${word(FILLER + 1)} peer support specialist.`;
    const tokens = tokenize(text);
    expect(late.matchAll(tokens).map((m) => [m.payload, m.plural, tokens[m.first]!.norm])).toEqual([
      ['2', true, 'certified'],
      ['1', false, 'youth'],
      ['0', true, 'family'],
    ]);
    expect(early.matchAll(tokens).map((m) => [m.payload, m.plural, tokens[m.first]!.norm])).toEqual([
      ['2', false, 'recovery'],
      ['1', false, 'lived'],
      ['0', false, 'peer'],
    ]);
  });

  it('finds nothing where a word between is not the one a phrase needs (trap)', () => {
    const tokens = tokenize(`youth ${word(FILLER + 2)} advocate, family partner ${word(FILLER + 3)}, peer support ${word(FILLER + 4)}`);
    expect(late.matchAll(tokens)).toEqual([]);
    expect(early.matchAll(tokens)).toEqual([]);
    expect(late.test(tokenize('a youth peer advocates meeting'))).toBe(true);
    expect(late.test(tokenize('a youth peer meeting'))).toBe(false);
  });
});
