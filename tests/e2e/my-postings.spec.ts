// "My postings": two checked postings are kept and listed, sorted, compared side by side,
// exported as CSV and cleared; with keeping turned off in the options nothing is kept. Nothing
// leaves the machine (the fixtures fail any test that makes a request). axe-core on the page.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { readReport } from './report-helpers.js';

async function storedList(serviceWorker: Worker): Promise<{ keep: boolean; postings: { title: string; score: number }[] } | null> {
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return ((await chrome.storage.local.get('keptPostings')).keptPostings ?? null) as never;
  });
}

async function check(
  openFixture: (p: string) => Promise<{ tabId: number }>,
  openPopup: (t: number) => Promise<Page>,
  path: string,
): Promise<{ popup: Page; score: number }> {
  const { tabId } = await openFixture(path);
  const popup = await openPopup(tabId);
  const { score } = await readReport(popup);
  return { popup, score };
}

const scoresShown = (page: Page) =>
  page
    .getByTestId('posting-score')
    .allTextContents()
    .then((s) => s.map(Number));

test('two checked postings are listed, sorted, compared, exported as CSV and cleared', async ({
  context,
  extensionId,
  serviceWorker,
  openFixture,
  openPopup,
}) => {
  const first = await check(openFixture, openPopup, 'boards/indeed.html');
  await expect(first.popup.getByTestId('kept')).toBeVisible();
  const second = await check(openFixture, openPopup, 'pages/qualify-posting.html');
  await expect(second.popup.getByTestId('kept')).toBeVisible();
  await expect.poll(async () => (await storedList(serviceWorker))?.postings.length).toBe(2);

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/postings.html`);
  await expect(page.getByTestId('posting-row')).toHaveCount(2);
  // The newest first.
  await expect(page.getByTestId('posting-row').first()).toContainText('Peer Recovery Coach');

  const expected = [first.score, second.score].sort((a, b) => a - b);
  await page.getByTestId('sort-score').click();
  expect(await scoresShown(page)).toEqual([...expected].reverse());
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Score');
  await page.getByTestId('sort-score').click();
  expect(await scoresShown(page)).toEqual(expected);
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Score');

  // Side by side: both chosen, one column each.
  await expect(page.getByTestId('compare')).toBeDisabled();
  for (const box of await page.getByTestId('posting-row').locator('input[type="checkbox"]').all()) await box.check();
  await page.getByTestId('compare').click();
  const comparison = page.getByTestId('comparison');
  await expect(comparison.locator('thead th')).toHaveCount(2);
  await expect(comparison).toContainText('Verdict');
  await expect(comparison).toContainText('Peer Recovery Coach');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toBe('peerlens-my-postings.csv');
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('title,employer,address,checked,verdict,score,grade,category,reasons');
  expect(lines).toHaveLength(3);
  expect(csv).toContain('Peer Recovery Coach');
  expect(csv).toContain('/pages/qualify-posting.html');

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${colorScheme} ${v.id}`),
    ).toEqual([]);
  }

  // Sorting is reached from the keyboard.
  await page.getByTestId('sort-title').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Title');

  await page.getByTestId('clear').click();
  await page.getByTestId('clear-confirm').click();
  await expect(page.getByTestId('no-postings')).toBeVisible();
  expect((await storedList(serviceWorker))?.postings).toEqual([]);
});

test('with keeping turned off in the options, no checked posting is kept', async ({
  context,
  extensionId,
  serviceWorker,
  openFixture,
  openPopup,
}) => {
  const kept = await check(openFixture, openPopup, 'boards/indeed.html');
  await expect(kept.popup.getByTestId('kept')).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const toggle = options.getByTestId('keep-postings');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  // Off deletes what was kept.
  await expect.poll(() => storedList(serviceWorker)).toEqual({ keep: false, postings: [] });

  const after = await check(openFixture, openPopup, 'pages/qualify-posting.html');
  await expect(after.popup.getByTestId('verdict')).toBeVisible();
  await expect(after.popup.getByTestId('kept')).toHaveCount(0);
  expect(await storedList(serviceWorker)).toEqual({ keep: false, postings: [] });

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/postings.html`);
  await expect(page.getByTestId('no-postings')).toContainText('turned off');
});
