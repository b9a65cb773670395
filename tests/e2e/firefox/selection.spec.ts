// Firefox: only the selected text is checked and marked inside the selection, and the context
// menu's hand-over through the background reaches the popup (used once).
import type { Page } from 'puppeteer-core';
import { selectParagraphInPage } from '../page-actions.js';
import { highlightsInPage, shownFindingsInPage, squash } from '../report-helpers.js';
import { expect, test } from './firefox-fixtures.js';

const PARAGRAPH = 'The county serves many of the mentally ill';

const readVia = (popup: Page) => popup.$eval('[data-testid="read-via"]', (el) => el.getAttribute('data-via'));

async function expectSelectionChecked(popup: Page, page: Page, selected: string): Promise<void> {
  await popup.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  expect(await readVia(popup)).toBe('selection');
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
  await expectSelectionChecked(popup, page, selected);
});

test('the context menu hands the selection to the popup through the background', async ({ firefox }) => {
  const page = await firefox.openFixture('boards/agency-policy.html');
  const selected = await page.evaluate(selectParagraphInPage, PARAGRAPH);
  await firefox.bridge(page, 'remember-selection', { text: selected });
  const popup = await firefox.openPopup(page); // no scope: the popup learns it from the background
  await expectSelectionChecked(popup, page, selected);

  // The request is used once: the next check reads the page again.
  const again = await firefox.openPopup(page);
  await again.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  expect(await readVia(again)).not.toBe('selection');
});
