// Firefox: only the selected text is checked and marked inside the selection, and the context
// menu's hand-over through the background reaches the popup (used once).
import type { Page } from 'puppeteer-core';
import { selectParagraphInPage } from '../page-actions.js';
import { highlightsInPage, shownFindingsInPage, squash } from '../report-helpers.js';
import { expect, type FirefoxSession, test } from './firefox-fixtures.js';

const PARAGRAPH = 'The county serves many of the mentally ill';

const readVia = (popup: Page) => popup.$eval('[data-testid="read-via"]', (el) => el.getAttribute('data-via'));

/** Where a check that did not read the selection went wrong (see TESTING.md, "Firefox ESR and the store archives"). */
async function whyNotSelection(popup: Page, page: Page, firefox: FirefoxSession): Promise<string> {
  const waiting = await firefox.bridge(page, 'selection-request');
  const stillSelected = await page.evaluate(() => getSelection()?.toString() ?? '');
  const { readScopes, bridges } = await firefox.bridge<{ readScopes: string[]; bridges: number }>(page, 'read-scopes');
  const opened = await firefox.bridge<number>(page, 'pages-opened');
  const popupLoad = await popup.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return `${nav?.type ?? 'unknown'}, ${Math.round(Date.now() - performance.timeOrigin)} ms ago`;
  });
  const popupReads = await popup.evaluate(() =>
    performance.getEntriesByName('peerlens:read').map((e) => String((e as PerformanceMeasure).detail?.via)),
  );
  return `hand-over ${waiting ? 'still waiting in the background (the popup never took it)' : 'taken'}; the page's selection ${stillSelected.trim() ? 'still there' : 'gone'}; reads asked of the page: ${readScopes.join(', ') || 'none'}; bridge scripts in the page: ${bridges}; extension pages opened: ${opened}; this popup's reads: ${popupReads.join(', ')}; this popup's document: ${popupLoad}`;
}

async function expectSelectionChecked(popup: Page, page: Page, selected: string, firefox: FirefoxSession): Promise<void> {
  await popup.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  const via = await readVia(popup);
  expect(via, via === 'selection' ? '' : await whyNotSelection(popup, page, firefox)).toBe('selection');
  const quoted = (await popup.evaluate(shownFindingsInPage)).filter((f) => f.text);
  expect(quoted.map((f) => f.text).join(' | ')).toContain('mentally ill');
  for (const finding of quoted) expect(squash(selected)).toContain(squash(finding.text));
  await expect.poll(async () => Object.values(await page.evaluate(highlightsInPage)).flat().length).toBeGreaterThan(0);
  for (const text of Object.values(await page.evaluate(highlightsInPage)).flat()) expect(squash(selected)).toContain(squash(text));
}

test('checks only the selected text and marks it in place', async ({ firefox }) => {
  const page = await firefox.openFixture('boards/agency-policy.html');
  const selected = await page.evaluate(selectParagraphInPage, PARAGRAPH);
  const popup = await firefox.openPopup(page, { scope: 'selection' });
  await expectSelectionChecked(popup, page, selected, firefox);
});

test('the context menu hands the selection to the popup through the background', async ({ firefox }) => {
  const page = await firefox.openFixture('boards/agency-policy.html');
  const selected = await page.evaluate(selectParagraphInPage, PARAGRAPH);
  await firefox.bridge(page, 'remember-selection', { text: selected });
  const popup = await firefox.openPopup(page); // no scope: the popup learns it from the background
  await expectSelectionChecked(popup, page, selected, firefox);

  // The request is used once: the next check reads the page again.
  const again = await firefox.openPopup(page);
  await again.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  expect(await readVia(again)).not.toBe('selection');
});
