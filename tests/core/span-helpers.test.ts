// The linear-time span helpers give the same answers as the plain versions they replaced:
// a scan per opening quote, a scan over every span, a comparison with every kept match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideAny, quotedSpans, type Span } from '../../src/core/context/quoted-spans.js';
import { dropOverlaps, type AcceptedMatch } from '../../src/core/rules/pattern-rule-runner.js';
import { overlapChecker } from '../../src/core/text/span-overlap.js';

const SEED = 20_250_505;
const runs = { seed: SEED, numRuns: 300 };

/** The quotedSpans that rescanned the text for every opening mark (before the fix). */
function quotedSpansByRescan(text: string): Span[] {
  const pairs: [string, string][] = [
    ['"', '"'],
    ['“', '”'],
    ['‘', '’'],
    ["'", "'"],
  ];
  const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const spans: Span[] = [];
  for (const [open, close] of pairs) {
    const apostropheLike = open === "'" || open === '‘';
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s === -1) break;
      if (apostropheLike && word(text[s - 1])) {
        from = s + 1;
        continue;
      }
      let e = text.indexOf(close, s + 1);
      while (e !== -1 && apostropheLike && word(text[e + 1])) e = text.indexOf(close, e + 1);
      if (e === -1 || e - s > 400 || text.slice(s, e).includes('\n\n')) {
        from = s + 1;
        continue;
      }
      spans.push({ start: s + 1, end: e });
      from = e + 1;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Text made of quote marks, letters, spaces and line breaks, with long stretches sometimes. */
const quoteText = fc
  .array(fc.oneof(fc.constantFrom('"', '“', '”', '‘', '’', "'", 'a', 'b', ' ', '\n', '\n\n'), fc.constant('x'.repeat(150))), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

describe('quoted spans', () => {
  it('are the spans the rescanning version found', () => {
    fc.assert(
      fc.property(quoteText, (text) => {
        expect(quotedSpans(text)).toEqual(quotedSpansByRescan(text));
      }),
      runs,
    );
  });
  it('answer insideAny as a scan over every span does', () => {
    fc.assert(
      fc.property(quoteText, fc.nat(), fc.nat(30), (text, a, len) => {
        const spans = quotedSpans(text);
        const start = a % (text.length + 1);
        const end = Math.min(text.length, start + len);
        const expected = spans.some((s) => start >= s.start && end <= s.end);
        expect(insideAny(spans, start, end)).toBe(expected);
      }),
      runs,
    );
  });
});

const spanArb = fc.tuple(fc.nat(200), fc.nat(20)).map(([start, len]) => ({ start, end: start + len }));

describe('overlapChecker', () => {
  it('says whether a span overlaps any of the list', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 40 }), spanArb, (spans, q) => {
        const expected = spans.some((s) => s.start < q.end && s.end > q.start);
        expect(overlapChecker(spans)(q.start, q.end)).toBe(expected);
      }),
      runs,
    );
  });
});

describe('dropOverlaps', () => {
  /** The version that compared each match with every match already kept. */
  function byComparison(matches: AcceptedMatch[]): AcceptedMatch[] {
    const sorted = [...matches].sort((a, b) => b.end - b.first - (a.end - a.first) || a.first - b.first || a.entry - b.entry);
    const taken: AcceptedMatch[] = [];
    for (const m of sorted) if (!taken.some((t) => t.first < m.end && t.end > m.first)) taken.push(m);
    return taken.sort((a, b) => a.first - b.first);
  }
  const matchArb = fc
    .tuple(fc.nat(60), fc.integer({ min: 1, max: 6 }), fc.nat(5))
    .map(([first, len, entry]): AcceptedMatch => ({ entry, first, end: first + len, plural: false, sentence: 0 }));
  it('keeps the longest, then earliest, of overlapping matches', () => {
    fc.assert(
      fc.property(fc.array(matchArb, { maxLength: 50 }), (ms) => {
        expect(dropOverlaps(ms)).toEqual(byComparison(ms));
      }),
      runs,
    );
  });
});
