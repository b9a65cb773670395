// Firefox: the popup checks a saved board page with the same reader and rules as in Chromium,
// the findings are drawn over their own text without rewriting the page, the toolbar badge shows
// the score, and the network recorder would see a request that tried to leave the machine.
import { CASES, EXPECTED } from '../board-expectations.js';
import { expectMarksOverFindings, highlightsInPage, shownFindingsInPage, squash } from '../report-helpers.js';
import { expect, test } from './firefox-fixtures.js';
import type { Page } from 'puppeteer-core';

const norm = (s: string) => squash(s).toLowerCase();

async function readShownReport(popup: Page) {
  await popup.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  const score = Number(await popup.$eval('[data-testid="score"]', (el) => el.textContent));
  return { score, findings: await popup.evaluate(shownFindingsInPage) };
}

for (const file of ['indeed.html', 'linkedin.html', 'jsonld-escaped.html']) {
  test(`${file}: read, scored, findings listed and drawn over their own text; badge shows the score`, async ({ firefox }) => {
    const board = CASES.find((c) => c.file === file)!;
    const page = await firefox.openFixture(`boards/${file}`);
    const domBefore = await page.evaluate(() => document.body.innerHTML);
    const popup = await firefox.openPopup(page);
    const report = await readShownReport(popup);

    expect(await popup.$eval('[data-testid="read-via"]', (el) => el.getAttribute('data-via'))).toBe(board.via);
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
    const rules = report.findings.map((f) => f.ruleId);
    for (const rule of EXPECTED[file]!.present) expect(rules, `${file} should have ${rule}`).toContain(rule);
    for (const rule of EXPECTED[file]!.absent ?? []) expect(rules, `${file} should not have ${rule}`).not.toContain(rule);

    const spans = report.findings.filter((f) => f.text).map((f) => norm(f.text));
    await expect
      .poll(async () => Object.values(await page.evaluate(highlightsInPage)).flat().length, { message: 'highlights drawn' })
      .toBeGreaterThan(0);
    const drawn = Object.values(await page.evaluate(highlightsInPage))
      .flat()
      .map(norm);
    expectMarksOverFindings(drawn, spans, board.highlights === 'exact');

    expect(await page.evaluate(() => document.body.innerHTML), 'the page DOM is not rewritten').toBe(domBefore);
    await expect.poll(() => firefox.bridge<string>(page, 'badge-text')).toBe(String(report.score));
  });
}

test('the network recorder sees a request that tries to leave the machine', async ({ firefox, network }) => {
  const page = await firefox.openFixture('boards/indeed.html');
  await page.evaluate(() => fetch('http://outside.example/ping').catch(() => undefined));
  await expect
    .poll(() => network.requests.filter((r) => r.includes('outside.example')))
    .toEqual([expect.stringContaining('outside.example/ping')]);
  // The check after each test would fail on it; this one asked for it.
  network.requests.length = 0;
});
