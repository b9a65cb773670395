// A node's check keeps the entry of a word that leads out of it in the byte that says the word
// leads (phrase-matcher.ts WordCheck): past 253 such words met, the entry is kept aside. Matches
// past that count, the plural of a noun slot, and a word that leads nowhere must all read as before.
import { describe, expect, it } from 'vitest';
import { matcherOf } from '../../src/core/patterns/phrase-matcher.js';
import { tokenize } from '../../src/core/text/tokenize.js';

/** A made-up word per number, letters only (a number word would also take a number slot). */
function word(k: number): string {
  let w = '';
  for (let n = k + 26; n > 0; n = Math.floor(n / 26)) w += String.fromCharCode(97 + (n % 26));
  return `zq${w}`;
}

describe('a node that many words met lead out of', () => {
  const count = 400;
  const patterns = Array.from({ length: count }, (_, k) => `${word(k)} ${k % 2 ? 'mentor' : 'guide~n'}`);
  const matcher = matcherOf(patterns);

  it('finds every phrase, the ones met after the 253rd leading word too, in two passes over the text', () => {
    const text = Array.from({ length: count }, (_, k) => `${word(k)} ${k % 2 ? 'mentor' : 'guides'}`).join(', ');
    const tokens = tokenize(text);
    for (const pass of [1, 2]) {
      const found = matcher.matchAll(tokens);
      expect(
        found.map((m) => Number(m.payload)),
        `pass ${pass}`,
      ).toEqual(Array.from({ length: count }, (_, k) => k));
      expect(found.map((m) => m.end - m.first)).toEqual(Array.from({ length: count }, () => 2));
      // The noun slot's plural ("guides").
      expect(found.map((m) => m.plural)).toEqual(Array.from({ length: count }, (_, k) => k % 2 === 0));
    }
  });

  it('finds nothing where the word after is not the one a phrase needs (trap)', () => {
    const text = Array.from({ length: count }, (_, k) => `${word(k)} ${k % 2 ? 'guide' : 'mentor'}`).join(', ');
    expect(matcher.matchAll(tokenize(text))).toEqual([]);
    expect(matcher.test(tokenize(`${word(count + 5)} mentor`))).toBe(false);
  });

  it('finds a late phrase alone in a short text read after the long one', () => {
    const tokens = tokenize(`We hired a ${word(350)} guide last spring.`);
    expect(matcher.matchAll(tokens).map((m) => [m.payload, m.plural])).toEqual([['350', false]]);
  });
});
