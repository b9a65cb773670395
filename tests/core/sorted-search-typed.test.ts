// firstAtLeast: the binary search over ascending offsets in a typed array (a document's token
// ranges, analysis-document.ts tokenRange), checked against a scan from `from`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtLeast } from '../../src/core/text/sorted-search.js';

describe('firstAtLeast', () => {
  it('finds the first index at or after `from` holding at least the value, as a scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 80 })), fc.integer({ min: -5, max: 90 }), fc.nat(), (values, target, start) => {
        const sorted = Int32Array.from(values).sort();
        const from = values.length === 0 ? 0 : start % (values.length + 1);
        let scanned = from;
        while (scanned < sorted.length && sorted[scanned]! < target) scanned++;
        expect(firstAtLeast(sorted, target, from)).toBe(scanned);
      }),
    );
  });

  it('gives the length when no value reaches it, and `from` when the first one does (traps)', () => {
    const values = Int32Array.of(2, 4, 4, 9);
    expect(firstAtLeast(values, 10, 0)).toBe(4);
    expect(firstAtLeast(values, 4, 0)).toBe(1);
    expect(firstAtLeast(values, 0, 3)).toBe(3);
    expect(firstAtLeast(new Int32Array(0), 1, 0)).toBe(0);
  });
});
