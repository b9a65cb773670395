// "Do I qualify?": the job seeker's profile, set in the options, changes what the popup says per
// item (yes / no / ask); the profile is exported, imported (a bad file is refused in plain
// words) and deleted in one click; the profile section passes axe-core in both themes.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { readReport } from './report-helpers.js';

async function storedProfile(serviceWorker: Worker): Promise<unknown> {
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.local.get('seekerProfile')).seekerProfile ?? null;
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const item = (popup: Page, id: string) => popup.locator(`[data-testid="qualify-item"][data-item="qualification-${id}"]`);

test('the profile set in the options answers yes, no or ask for each thing the posting asks', async ({
  context,
  extensionId,
  serviceWorker,
  openFixture,
  openPopup,
}) => {
  // No profile yet: the popup says where to fill it in, and answers nothing.
  const { tabId } = await openFixture('pages/qualify-posting.html');
  const before = await openPopup(tabId);
  await readReport(before);
  await expect(before.getByTestId('qualify-empty')).toBeVisible();
  await expect(before.getByTestId('qualify-item')).toHaveCount(0);
  await before.close();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('[data-testid="profile-kind"][data-kind="substance-use-recovery"]').check();
  await options.getByTestId('profile-certification').selectOption('no');
  await options.getByTestId('profile-driving').selectOption('license-only');
  await options.getByTestId('profile-education').selectOption('high-school');
  await options.getByTestId('profile-backgroundCheck').selectOption('concerns');
  await expect
    .poll(() => storedProfile(serviceWorker))
    .toMatchObject({
      livedExperience: ['substance-use-recovery'],
      certification: 'no',
      driving: 'license-only',
      education: 'high-school',
      backgroundCheck: 'concerns',
    });

  const popup = await openPopup(tabId);
  await readReport(popup);
  await expect(popup.getByTestId('qualify')).toBeVisible();
  await expect(item(popup, 'lived-experience')).toHaveAttribute('data-answer', 'yes');
  await expect(item(popup, 'education')).toHaveAttribute('data-answer', 'yes');
  await expect(item(popup, 'certification')).toHaveAttribute('data-answer', 'no');
  // "reliable vehicle required": a license alone does not meet it
  await expect(item(popup, 'driving')).toHaveAttribute('data-answer', 'no');
  // a worry about a background check is never a plain no
  await expect(item(popup, 'background-check')).toHaveAttribute('data-answer', 'ask');
  await expect(item(popup, 'background-check')).toContainText('You could ask');
  await expect(item(popup, 'certification')).toContainText(/certification after I am hired/);
  await expect(item(popup, 'lived-experience')).not.toContainText('You could ask');
  await expect(popup.locator('.qualify-overall')).toHaveAttribute('data-answer', 'no');
  // Plain words: no ids on screen.
  await expect(popup.getByTestId('qualify')).not.toContainText('qualification-');

  // A change in the options shows in the open popup at once.
  await options.getByTestId('profile-certification').selectOption('yes');
  await options.getByTestId('profile-driving').selectOption('license-and-car');
  await expect(item(popup, 'certification')).toHaveAttribute('data-answer', 'yes');
  await expect(popup.locator('.qualify-overall')).toHaveAttribute('data-answer', 'ask');
  expect(await seriousViolations(popup)).toEqual([]);

  // The side panel answers the same.
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await readReport(panel);
  await expect(item(panel, 'certification')).toHaveAttribute('data-answer', 'yes');
  await expect(item(panel, 'background-check')).toHaveAttribute('data-answer', 'ask');
});

test('the profile is exported, imported with a plain-words error for a bad file, and deleted in one click', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('profile-delete')).toBeDisabled();
  await options.locator('[data-testid="profile-kind"][data-kind="family"]').check();
  await options.getByTestId('profile-age').selectOption('26-to-30');

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('profile-export').click()]);
  expect(download.suggestedFilename()).toBe('peerlens-profile.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(exported).toMatchObject({ format: 'peerlens-profile', livedExperience: ['family'], age: '26-to-30' });

  const result = options.getByTestId('profile-result');
  const importFile = (contents: string) =>
    options
      .getByTestId('profile-import')
      .setInputFiles({ name: 'profile.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
  await importFile(JSON.stringify({ certification: 'sort of' }));
  await expect(result).toHaveAttribute('data-ok', 'false');
  await expect(result).toHaveAttribute('role', 'alert');
  await expect(result).toContainText('The profile was not imported. peer certification: should be one of');
  expect(await storedProfile(serviceWorker)).toMatchObject({ livedExperience: ['family'], age: '26-to-30' });

  await importFile(JSON.stringify({ livedExperience: ['youth'], timeInRecovery: '1-to-2-years' }));
  await expect(result).toHaveAttribute('data-ok', 'true');
  await expect(options.locator('[data-testid="profile-kind"][data-kind="youth"]')).toBeChecked();
  await expect(options.locator('[data-testid="profile-kind"][data-kind="family"]')).not.toBeChecked();
  await expect(options.getByTestId('profile-timeInRecovery')).toHaveValue('1-to-2-years');
  await expect(options.getByTestId('profile-age')).toHaveValue('');

  await options.getByTestId('profile-delete').click();
  await expect(result).toContainText('deleted');
  await expect(options.getByTestId('profile-timeInRecovery')).toHaveValue('');
  await expect(options.locator('[data-testid="profile-kind"]:checked')).toHaveCount(0);
  expect(await storedProfile(serviceWorker)).toBeNull();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the options page with the profile and My postings sections passes axe-core (${colorScheme} theme)`, async ({
    context,
    extensionId,
  }) => {
    const options = await context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('[data-testid="profile-kind"][data-kind="youth"]').check();
    await options.getByTestId('profile-result').waitFor({ state: 'attached' });
    await expect(options.getByTestId('keep-postings')).toBeVisible();
    expect(await seriousViolations(options)).toEqual([]);
    // Keyboard: the profile's controls are reached with Tab.
    await options.getByTestId('profile-certification').focus();
    await options.keyboard.press('Tab');
    await expect(options.getByTestId('profile-education')).toBeFocused();
  });
}
