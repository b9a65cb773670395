// analyze() is total: any string (any code point, lone surrogates, control characters, quotes
// that never close) gives a well-formed report, and so does a 5 MB document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, MAX_ANALYZE_CHARS } from '../../src/core/index.js';
import { analyzeOptions, hostileText, postingText, postingTextWithPositive } from './arbitraries.js';
import { FC_SEED, runs } from './fc-settings.js';
import { expectWellFormed } from './report-checks.js';

describe('analyze() on any input', () => {
  it('never throws on hostile strings, with any options', () => {
    fc.assert(
      fc.property(hostileText, analyzeOptions, (text, options) => {
        expectWellFormed(analyze(text, options));
      }),
      runs(300),
    );
  });

  it('never throws on raw code units, lone surrogates included', () => {
    const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((u) => String.fromCharCode(...u));
    fc.assert(
      fc.property(codeUnits, (text) => {
        expectWellFormed(analyze(text));
      }),
      runs(300),
    );
  });

  it('gives valid offsets whose slice is the finding text on posting-like texts', () => {
    fc.assert(
      fc.property(postingTextWithPositive, ({ text, positive }) => {
        const report = analyze(text);
        expect(report.text).toBe(text);
        // The language example is flagged, as a language finding or inside the duty finding that
        // covers its words ("Monitor treatment compliance ..." in a peer posting is that duty).
        expect(report.findings.some((f) => f.end > positive.start && f.start < positive.end)).toBe(true);
        expectWellFormed(report);
      }),
      runs(300),
    );
  });

  it('analyzes a 5 MB document in full', { timeout: 180_000 }, () => {
    // one seeded sample of posting lines and hostile pieces, repeated up to the limit
    const pieces = fc.sample(fc.oneof(postingText, hostileText), { seed: FC_SEED, numRuns: 400 });
    let text = pieces.join('\n\n');
    while (text.length < MAX_ANALYZE_CHARS) text += `\n\n${text}`;
    text = text.slice(0, MAX_ANALYZE_CHARS);
    const report = analyze(text);
    expect(report.notes.join(' ')).not.toMatch(/too long/);
    expectWellFormed(report);
    // About 6 s on an idle core (dense text: ~37,000 findings). Linearity is a budget of
    // `npm run bench` (ms per MB at 5 MB against 100k words); the timeout only stops a hang.
  });
});
