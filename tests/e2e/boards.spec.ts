// Every saved job-board page and the agency document, checked through the built extension:
// read by the right reader, scored, the findings the posting plainly calls for listed, the
// traps left alone, and the findings drawn on the page where its text can be found.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures.js';
import { pageHighlights, readReport, squash } from './report-helpers.js';

interface BoardCase {
  file: string;
  via: string;
  highlights: 'exact' | 'approximate' | 'unavailable';
}

/** The page-reading fixtures' manifest: where each page is read from. */
const CASES: BoardCase[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/boards/manifest.json'), 'utf8'));

/**
 * Rules each posting plainly calls for (by the seeds' rules in DOMAIN.md), and rules that must
 * stay silent on it (traps: negated duties, "clean driving record", a required lived experience).
 */
const EXPECTED: Record<string, { present: string[]; absent?: string[] }> = {
  'indeed.html': {
    present: ['duty-compliance-monitoring', 'suffering-from', 'duty-other-duties'],
    absent: ['clean-and-sober'],
  },
  'linkedin.html': {
    present: ['addict-noun', 'alcoholic-noun', 'duty-drug-testing', 'duty-phones-reception', 'barrier-years-clean'],
    absent: ['le-preferred-only', 'le-absent'],
  },
  'usajobs.html': {
    present: ['duty-caseload', 'duty-clinical-assessment'],
    absent: ['le-preferred-only', 'le-absent', 'le-no-willingness-to-share'],
  },
  'governmentjobs.html': { present: ['duty-transport', 'duty-other-duties'] },
  'calcareers.html': { present: ['le-preferred-only', 'non-compliant'] },
  'idealist.html': { present: ['duty-report-on-people'] },
  'greenhouse.html': { present: ['duty-treatment-plans', 'barrier-degree-required'] },
  'lever.html': { present: ['frequent-flyer', 'barrier-criminal-record'] },
  'workday.html': { present: ['inquiry-clinician-letter', 'decompensating', 'duty-phones-reception'] },
  'jsonld-top-level.html': { present: ['substance-abuser', 'duty-therapy', 'clean-and-sober'] },
  'jsonld-graph.html': { present: [] },
  'jsonld-array.html': { present: [] },
  'jsonld-itemlist.html': { present: ['crazy', 'frequent-flyer'] },
  'jsonld-broken.html': { present: ['duty-medication-administration'] },
  'jsonld-escaped.html': { present: ['schizophrenic-noun', 'bipolar-noun'] },
  // The agency document: its labels are flagged; the duties it forbids peers are not.
  'agency-policy.html': {
    present: ['the-mentally-ill', 'substance-abuser'],
    absent: ['duty-diagnose', 'duty-clinical-assessment', 'duty-treatment-plans'],
  },
  'spa.html': { present: ['duty-diagnose', 'duty-clinical-assessment'] },
};

const norm = (s: string) => squash(s).toLowerCase();

test('every board fixture has expectations', () => {
  expect(CASES.map((c) => c.file).sort()).toEqual(Object.keys(EXPECTED).sort());
});

for (const board of CASES) {
  test(`${board.file}: read via ${board.via}, scored, findings listed and drawn`, async ({ openFixture, openPopup }) => {
    const { page, tabId } = await openFixture(`boards/${board.file}`);
    const popup = await openPopup(tabId);
    const report = await readReport(popup);
    await expect(popup.getByTestId('read-via')).toHaveAttribute('data-via', board.via);
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);

    const rules = report.findings.map((f) => f.ruleId);
    const expected = EXPECTED[board.file]!;
    for (const rule of expected.present) expect(rules, `${board.file} should have ${rule}`).toContain(rule);
    for (const rule of expected.absent ?? []) expect(rules, `${board.file} should not have ${rule}`).not.toContain(rule);

    // Ranked by the points they win back.
    // Grouped by family, each group ranked by the points its findings win back.
    for (const group of await popup.getByTestId('family-group').all()) {
      const points = await group.locator('[data-testid="finding"] .points').allTextContents();
      const values = points.map((p) => Number(/\+([\d.]+)/.exec(p)?.[1] ?? 0));
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }

    // Drawn on the page: every drawn mark is made of listed findings (findings on overlapping
    // words share one mark); where the page text is the analyzed text, every finding with a span
    // is under a mark.
    const drawn = Object.values(await pageHighlights(page)).flat().map(norm);
    const spans = report.findings.filter((f) => f.text).map((f) => norm(f.text));
    for (const mark of drawn) expect(spans.some((text) => mark.includes(text)), `findings under “${mark}”`).toBe(true);
    if (board.highlights === 'exact') {
      for (const text of spans) expect(drawn.some((mark) => mark.includes(text)), `a mark over “${text}”`).toBe(true);
      expect(drawn.length).toBeLessThanOrEqual(spans.length);
    }
    if (board.highlights === 'unavailable') expect(drawn).toEqual([]);
  });
}
