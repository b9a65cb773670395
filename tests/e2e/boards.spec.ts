// Every saved job-board page and the agency document, checked through the built extension:
// read by the right reader, scored, the findings the posting plainly calls for listed, the
// traps left alone, and the findings drawn on the page where its text can be found.
import { CASES, EXPECTED } from './board-expectations.js';
import { expect, test } from './fixtures.js';
import { expectMarksOverFindings, pageHighlights, readReport, squash } from './report-helpers.js';

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
    const drawn = Object.values(await pageHighlights(page))
      .flat()
      .map(norm);
    const spans = report.findings.filter((f) => f.text).map((f) => norm(f.text));
    expectMarksOverFindings(drawn, spans, board.highlights === 'exact');
    if (board.highlights === 'unavailable') expect(drawn).toEqual([]);
  });
}
