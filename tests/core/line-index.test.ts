// The line index a document's readers share: lines as split on "\n", and the line an offset is on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndexOf } from '../../src/core/text/line-index.js';

describe('lineIndexOf', () => {
  it('holds the lines of the text with their offsets', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab \n]{0,40}$/), (text) => {
        const { lines } = lineIndexOf(text);
        expect(lines.map((l) => l.text)).toEqual(text.split('\n'));
        for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
      }),
    );
  });

  it('finds the start of the line an offset is on, a newline counting on the line it ends', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab\n]{0,40}$/), fc.nat(40), (text, raw) => {
        const offset = Math.min(raw, text.length);
        const index = lineIndexOf(text);
        const start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
        expect(index.lineStart(offset)).toBe(start);
        expect(index.lines[index.lineAt(offset)]!.start).toBe(start);
      }),
    );
  });

  it('reads a text without a newline as one line', () => {
    expect(lineIndexOf('Peer Support Specialist').lines).toEqual([{ start: 0, end: 23, text: 'Peer Support Specialist' }]);
    expect(lineIndexOf('').lines).toEqual([{ start: 0, end: 0, text: '' }]);
  });
});
