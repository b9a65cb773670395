// The options page: importing settings (a good file takes effect in the next check; a malformed
// one is refused with its reason and changes nothing), and turning a rule off.
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { readReport } from './report-helpers.js';
import { BAD_SEVERITY_SETTINGS, GOOD_SETTINGS } from './settings-files.js';

async function importFile(options: Page, name: string, contents: string): Promise<void> {
  await options.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

async function storedSettings(serviceWorker: Worker): Promise<unknown> {
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.local.get('settings')).settings ?? null;
  });
}

test('a good import takes effect; a malformed one is refused and leaves settings as they were', async ({
  context,
  extensionId,
  serviceWorker,
  openFixture,
  openPopup,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('no-terms')).toBeVisible();

  await importFile(options, 'good.json', JSON.stringify(GOOD_SETTINGS));
  await expect(options.getByTestId('import-result')).toHaveAttribute('data-ok', 'true');
  await expect(options.getByTestId('term-row')).toHaveCount(1);
  await expect(options.getByTestId('term-row').first()).toContainText('treatment team');
  const afterGood = await storedSettings(serviceWorker);
  expect(afterGood).toMatchObject({ customTerms: [{ term: 'treatment team', suggestion: 'care team' }] });

  // The organization's term is flagged in the next check.
  const { tabId } = await openFixture('boards/indeed.html');
  const popup = await openPopup(tabId);
  const report = await readReport(popup);
  const custom = report.findings.find((f) => f.ruleId.startsWith('custom-'));
  expect(custom, 'the custom term is found').toBeTruthy();
  expect(custom!.text.toLowerCase()).toBe('treatment team');

  // A wrong severity: refused, with the field named, and nothing changes.
  await importFile(options, 'bad.json', JSON.stringify(BAD_SEVERITY_SETTINGS));
  const result = options.getByTestId('import-result');
  await expect(result).toHaveAttribute('data-ok', 'false');
  await expect(result).toHaveAttribute('role', 'alert');
  await expect(result).toContainText('not imported');
  await expect(result).toContainText('term 1 → severity');
  await expect(options.getByTestId('term-row')).toHaveCount(1);
  await expect(options.getByTestId('term-row').first()).toContainText('treatment team');
  expect(await storedSettings(serviceWorker)).toEqual(afterGood);

  // Not JSON at all: the same.
  await importFile(options, 'broken.json', '{ "customTerms": [ ');
  await expect(result).toContainText('not valid JSON');
  expect(await storedSettings(serviceWorker)).toEqual(afterGood);
});

test('a rule turned off in the options is gone from the next check', async ({ context, extensionId, openFixture, openPopup }) => {
  const { tabId } = await openFixture('boards/indeed.html');
  const before = await readReport(await openPopup(tabId));
  const target = before.findings.find((f) => f.text);
  expect(target, 'a finding to turn off').toBeTruthy();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Find a rule').fill(target!.ruleId);
  const toggle = options.locator(`[data-testid="rule-toggle"][data-rule-id="${target!.ruleId}"]`);
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(toggle).not.toBeChecked();

  const after = await readReport(await openPopup(tabId));
  expect(after.findings.map((f) => f.ruleId)).not.toContain(target!.ruleId);
});

test('automatic checking is chosen board by board', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const toggles = options.getByTestId('board-toggle');
  await expect(toggles).toHaveCount(9);
  // The test build holds the permission for Indeed only (as if the user had turned it on there).
  await expect(options.locator('[data-testid="board-toggle"][data-board="Indeed"]')).toBeChecked();
  await expect(options.locator('[data-testid="board-toggle"][data-board="LinkedIn"]')).not.toBeChecked();
  await expect(options.locator('[data-testid="board-toggle"][data-board="Greenhouse"]')).not.toBeChecked();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the options page has no serious accessibility violations (${colorScheme} theme)`, async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('no-terms')).toBeVisible();
    await options
      .locator('details')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await options.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      colorScheme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)',
    );
    const results = await new AxeBuilder({ page: options }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('screenshot of the options page in the dark theme (docs/options-dark.png)', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('no-terms')).toBeVisible();
  await options.screenshot({ path: resolve(import.meta.dirname, '../../docs/options-dark.png') });
});
