// A structured posting (title, organization, sections) is analyzed as one plain text: every
// offset points into report.text, and the language findings are those of that plain text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { structuredPosting } from './arbitraries.js';
import { runs } from './fc-settings.js';
import { expectWellFormed } from './report-checks.js';

describe('structured input', () => {
  it('gives offsets into the same plain text the fields were joined into', () => {
    fc.assert(
      fc.property(structuredPosting, (posting) => {
        const report = analyze(posting);
        expectWellFormed(report);
        // every field is in the text, in order
        let at = 0;
        const fields = [posting.title, posting.organization, ...posting.sections.flatMap((s) => [s.heading, s.text])];
        for (const field of fields.map((f) => f?.trim()).filter((f): f is string => Boolean(f))) {
          const found = report.text.indexOf(field, at);
          expect(found, `field ${JSON.stringify(field)} in order`).toBeGreaterThanOrEqual(0);
          at = found + field.length;
        }
        // the same words are flagged as in the plain text (points may differ: a structured
        // title outranks a "Job Title:" line, so peer status, and with it scoring, can differ).
        // Where one form is read as a peer posting, a duty's card shows the wording it covers
        // (covered-language.ts): the words are flagged there by that card.
        const plain = analyze(report.text);
        const language = (r: typeof report) =>
          r.findings
            .filter((f) => f.family === 'language')
            .map(({ ruleId, start, end, text, suggestions }) => ({ ruleId, start, end, text, suggestions }));
        // What one form flags and the other does not, unless a duty's card there covers it.
        const unmatched = (r: typeof report, other: typeof report) =>
          language(r).filter((f) => !language(other).some((g) => JSON.stringify(g) === JSON.stringify(f)) && !coveredByADuty(other, f));
        expect(unmatched(plain, report)).toEqual([]);
        expect(unmatched(report, plain)).toEqual([]);
      }),
      runs(200),
    );
  });
});

/** A role card of `report` that covers the finding's words, as a duty's card covers the wording it names. */
function coveredByADuty(report: ReturnType<typeof analyze>, f: { start: number; end: number }): boolean {
  return report.findings.some((d) => d.family === 'role' && d.end > d.start && d.start <= f.start && f.end <= d.end);
}
