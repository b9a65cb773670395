// firstIndexWhere: the binary search the tokens, lines, quoted spans and page text segments use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndexWhere } from '../../src/core/text/sorted-search.js';
import { positionAt, lineStarts } from '../../src/report/text-position.js';

describe('firstIndexWhere', () => {
  it('finds where a sorted list first reaches a value, as a scan from the start does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, target) => {
        const sorted = [...values].sort((a, b) => a - b);
        const scanned = sorted.findIndex((v) => v >= target);
        expect(firstIndexWhere(sorted.length, (i) => sorted[i]! >= target)).toBe(scanned === -1 ? sorted.length : scanned);
      }),
    );
  });

  it('is 0 when the condition holds everywhere and the length when it never does', () => {
    expect(firstIndexWhere(5, () => true)).toBe(0);
    expect(firstIndexWhere(5, () => false)).toBe(5);
    expect(firstIndexWhere(0, () => true)).toBe(0);
  });
});

describe('positionAt', () => {
  it('gives the line and column a scan of the text gives', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab\n]{0,40}$/), fc.nat(45), (text, raw) => {
        const offset = Math.min(raw, text.length);
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - (before.lastIndexOf('\n') + 1) + 1;
        expect(positionAt(lineStarts(text), offset)).toEqual({ line, column });
      }),
    );
  });
});
