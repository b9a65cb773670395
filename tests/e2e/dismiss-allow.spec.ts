// "This is fine here": a finding dismissed in the popup or in the card is gone for that page,
// costs no points and stays gone when the popup opens again; a phrase allowed for the
// organization is never flagged again, and travels with the settings through export/import.
import { readFile } from 'node:fs/promises';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { cardCount, clickInCard } from './closed-card.js';
import { readReport } from './report-helpers.js';

const PAGE = 'editors/textarea-marks.html';

async function clearSettings(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } };
    await chrome.storage.local.clear();
  });
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('no-allowed').or(page.getByTestId('allowed-list'))).toBeVisible();
}

test('a finding dismissed in the popup is gone, costs no points, and stays gone after reopening', async ({ openFixture, openPopup }) => {
  const { page, tabId } = await openFixture(PAGE);
  await page.focus('#field');
  const popup = await openPopup(tabId);
  const before = await readReport(popup);
  const target = before.findings.find((f) => f.text === 'addicts')!;
  expect(target).toBeTruthy();

  await popup.locator(`[data-finding-id="${target.id}"]`).getByTestId('dismiss').click();
  await expect
    .poll(async () => (await readReport(popup)).findings.some((f) => f.text === 'addicts' && f.ruleId === target.ruleId))
    .toBe(false);
  const after = await readReport(popup);
  expect(after.score).toBeGreaterThan(before.score);
  await popup.close();

  await page.bringToFront();
  await page.focus('#field');
  const again = await readReport(await openPopup(tabId));
  expect(again.findings.some((f) => f.text === 'addicts' && f.ruleId === target.ruleId)).toBe(false);
  expect(again.score).toBe(after.score);
  // The other findings are all still there.
  expect(again.findings.length).toBe(before.findings.filter((f) => !(f.text === 'addicts' && f.ruleId === target.ruleId)).length);
});

test('a finding dismissed in the card on the page loses its mark and stays gone', async ({ openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('boards/indeed.html');
  const popup = await openPopup(tabId);
  const before = await readReport(popup);
  await page.bringToFront();
  // The first finding with text, chosen through the popup: its card opens on the page.
  const target = before.findings.find((f) => f.text)!;
  await popup.locator(`[data-finding-id="${target.id}"]`).getByTestId('finding-text').click();
  // The card is in a closed shadow root: it is read and pressed through the DevTools protocol.
  const dismiss = `.reason[data-rule-id="${target.ruleId}"] [data-testid="dismiss"]`;
  await expect.poll(() => cardCount(page, dismiss)).toBeGreaterThan(0);
  await clickInCard(page, dismiss);
  await expect
    .poll(async () => (await readReport(popup)).findings.some((f) => f.ruleId === target.ruleId && f.text === target.text))
    .toBe(false);
  await popup.close();
  const again = await readReport(await openPopup(tabId));
  expect(again.findings.some((f) => f.ruleId === target.ruleId && f.text === target.text)).toBe(false);
});

test('an allowed phrase is never flagged, and survives export and import', async ({
  context,
  extensionId,
  serviceWorker,
  openFixture,
  openPopup,
}) => {
  await clearSettings(serviceWorker);
  const { page, tabId } = await openFixture(PAGE);
  await page.focus('#summary');
  const before = await readReport(await openPopup(tabId));
  expect(before.findings.some((f) => f.text.toLowerCase() === 'clean and sober')).toBe(true);

  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.getByLabel('Phrase to allow').fill('Clean and Sober');
  await options.getByRole('button', { name: 'Allow phrase' }).click();
  await expect(options.getByTestId('allowed-row')).toHaveCount(1);
  // A phrase that could never be found is refused in plain words.
  await options.getByLabel('Phrase to allow').fill('***');
  await options.getByRole('button', { name: 'Allow phrase' }).click();
  await expect(options.locator('#allowed-error')).toContainText('at least one letter or digit');

  await page.bringToFront();
  await page.focus('#summary');
  const allowed = await readReport(await openPopup(tabId));
  expect(allowed.findings.some((f) => f.text.toLowerCase().includes('clean and sober'))).toBe(false);

  // Export, forget everything, import: the phrase is allowed again.
  const download = options.waitForEvent('download');
  await options.getByTestId('export').click();
  const file = await (await download).path();
  const exported = await readFile(file, 'utf8');
  expect(JSON.parse(exported).allowedPhrases).toEqual(['Clean and Sober']);
  await clearSettings(serviceWorker);
  await options.reload();
  await expect(options.getByTestId('no-allowed')).toBeVisible();
  await options
    .getByTestId('import-file')
    .setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(options.getByTestId('import-result')).toHaveAttribute('data-ok', 'true');
  await expect(options.getByTestId('import-result')).toContainText('1 allowed phrase');
  await expect(options.getByTestId('allowed-row')).toHaveCount(1);

  await page.bringToFront();
  await page.focus('#summary');
  const reimported = await readReport(await openPopup(tabId));
  expect(reimported.findings.some((f) => f.text.toLowerCase().includes('clean and sober'))).toBe(false);
});

test('an organization term without a suggestion is flagged with its note', async ({ context, extensionId, openFixture, openPopup }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const form = options.getByTestId('term-form');
  await form.getByLabel('Term', { exact: true }).fill('early recovery');
  await form.getByLabel('Note (optional)').fill('Our guide: say how long, or say nothing.');
  await form.getByRole('button', { name: 'Add term' }).click();
  await expect(options.getByTestId('term-row')).toHaveCount(1);

  const { page, tabId } = await openFixture(PAGE);
  await page.focus('#field');
  const popup = await openPopup(tabId);
  const report = await readReport(popup);
  const own = report.findings.find((f) => f.ruleId.startsWith('custom-'))!;
  expect(own.text).toBe('early recovery');
  const item = popup.locator(`[data-finding-id="${own.id}"]`);
  await expect(item.locator('.message')).toHaveText('Our guide: say how long, or say nothing.');
  await expect(item.locator('.suggestion')).toHaveCount(0);
});
