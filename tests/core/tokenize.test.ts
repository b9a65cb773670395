import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/text/tokenize.js';

describe('tokenize', () => {
  it('keeps offsets, lower-cases and strips possessives', () => {
    const t = tokenize("The addict's story; non-compliant\nclients’ rights");
    expect(t.map((x) => x.norm)).toEqual(['the', 'addict', 'story', 'non', 'compliant', 'clients', 'rights']);
    expect(t.map((x) => x.gap)).toEqual(['start', 'space', 'space', 'punct', 'hyphen', 'line', 'space']);
    for (const x of t) expect(x.raw).toBe("The addict's story; non-compliant\nclients’ rights".slice(x.start, x.end));
  });
  it("reads an all-capitals plural's possessive as the plural, the next word joined by a space", () => {
    expect(tokenize("VETERANS' PREFERENCE").map((x) => [x.norm, x.gap])).toEqual([
      ['veterans', 'start'],
      ['preference', 'space'],
    ]);
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
  it('reads a comma or stop and one space as punctuation, other short gaps as they are', () => {
    expect(tokenize('a, b. c; d: e! f? g').map((x) => x.gap)).toEqual(['start', 'punct', 'punct', 'punct', 'punct', 'punct', 'punct']);
    // A space before the comma, a hyphen, a slash with a space, a plus, an ampersand, a tab.
    expect(tokenize('a ,b a- b a/ b a+ b a & b a\tb').map((x) => x.gap)).toEqual([
      'start',
      'punct',
      'space',
      'hyphen',
      'space',
      'punct',
      'space',
      'space',
      'space',
      'space',
      'space',
      'space',
    ]);
  });
});
