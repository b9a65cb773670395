import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/text/tokenize.js';
import { runs } from '../properties/fc-settings.js';

/** The words as the tokenizer's documented regular expression reads them (it reads them by hand). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:(?<=s)['’](?![\p{L}]))?/gu;

describe('tokenize', () => {
  it('keeps offsets, lower-cases and strips possessives', () => {
    const t = tokenize("The addict's story; non-compliant\nclients’ rights");
    expect(t.map((x) => x.norm)).toEqual(['the', 'addict', 'story', 'non', 'compliant', 'clients', 'rights']);
    expect(t.map((x) => x.gap)).toEqual(['start', 'space', 'space', 'punct', 'hyphen', 'line', 'space']);
    for (const x of t) expect(x.raw).toBe("The addict's story; non-compliant\nclients’ rights".slice(x.start, x.end));
  });
  it('treats a blank line as a break and a spaced dash as punctuation', () => {
    expect(tokenize('a\n\nb').map((x) => x.gap)).toEqual(['start', 'break']);
    expect(tokenize('a - b').map((x) => x.gap)).toEqual(['start', 'punct']);
  });
  it('reads past a numeral that restates the number word before it, and only then', () => {
    expect(tokenize('two (2) years').map((x) => [x.norm, x.gap])).toEqual([
      ['two', 'start'],
      ['years', 'space'],
    ]);
    // A numeral of its own stays a word: after a noun, or not closed.
    expect(tokenize('Section (2) years').map((x) => x.norm)).toEqual(['section', '2', 'years']);
    expect(tokenize('two (2 years').map((x) => x.norm)).toEqual(['two', '2', 'years']);
    expect(tokenize('two, (2) years').map((x) => x.norm)).toEqual(['two', '2', 'years']);
  });
  it('reads "2+ yrs" as "2 years": the plus joins like a space, "yrs" and "yr" read as the words', () => {
    expect(tokenize('2+ yrs sober, 1 yr').map((x) => [x.norm, x.gap])).toEqual([
      ['2', 'start'],
      ['years', 'space'],
      ['sober', 'space'],
      ['1', 'punct'],
      ['year', 'space'],
    ]);
    expect(tokenize('2+ yrs')[1]!.raw).toBe('yrs');
    // "MO" (a state) is not a month.
    expect(tokenize('Springfield, MO').map((x) => x.norm)).toEqual(['springfield', 'mo']);
  });
  it('finds the words its regular expression finds: apostrophes, possessives, letters beyond ASCII, pairs of surrogates', () => {
    const words = (text: string) => tokenize(text).map((t) => [t.start, t.raw]);
    expect(words("rock'n'roll clients' Bess' boss'x don't 2's Ross'2 CLIENTS' it'")).toEqual([
      [0, "rock'n'roll"],
      [12, "clients'"],
      [21, "Bess'"],
      [27, "boss'x"],
      [34, "don't"],
      [40, "2's"],
      [44, "Ross'"],
      [49, '2'],
      [51, 'CLIENTS'],
      [60, 'it'],
    ]);
    const pieces = ['a', 's', 'S', '1', "'", '’', ' ', '\n', '-', '(', ')', 'é', 'ß', '²', '½', '𝐀', '😀', '\uD800', 'İ', '٣', '中', ','];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        // "two (2)": the numeral restating a number word is left out on purpose; none here.
        const expected = [...text.matchAll(WORD)].map((m) => [m.index, m[0]]);
        expect(words(text)).toEqual(expected);
      }),
      runs(300),
    );
  });
});
