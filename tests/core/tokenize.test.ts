import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/text/tokenize.js';

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
});
