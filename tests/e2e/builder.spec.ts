// The page "Write a peer job description": walked with the keyboard, clean for axe-core, the
// live score following the draft, drafts reopened from the device, and the written posting
// inserted into a Quill editor on another tab, where the editor's undo takes it out again.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildEditorFixtures } from '../fixtures/editors/build.mjs';
import { expect, test } from './fixtures.js';

async function liveScore(page: Page): Promise<number> {
  await expect(page.getByTestId('live-state')).toHaveText('Up to date.');
  return Number(await page.getByTestId('live-score').textContent());
}

/** Presses Tab until the element with this test id has the focus (a keyboard user's way there). */
async function tabTo(page: Page, testId: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

test('walked with the keyboard, the draft is checked as it grows and kept on the device', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/builder.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a peer job description');
  await expect(page.getByTestId('live-score-waiting')).toBeVisible();
  // The builder's own layout comes after the options page's stylesheet it builds on, so its
  // wider page and smaller headings are the ones in effect.
  await expect(page.locator('.page')).toHaveCSS('max-width', '1200px');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-size', '24px');

  // Choose the kind of role with the arrow keys, then fill in its example with Enter.
  await tabTo(page, 'category-adult-mental-health');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('category-substance-use-recovery')).toBeChecked();
  await tabTo(page, 'use-example');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('field-title')).toHaveValue('Recovery Coach');
  const good = await liveScore(page);
  expect(good).toBeGreaterThanOrEqual(95);
  await expect(page.getByTestId('read-category')).toHaveText('Substance use recovery');
  await expect(page.getByTestId('all-filled')).toBeVisible();
  await expect(page.getByTestId('no-findings').or(page.getByTestId('live-finding').first())).toBeVisible();
  await expect(page.getByTestId('live-finding').filter({ hasText: /Error|Warning/ })).toHaveCount(0);

  // A conflicting duty typed into a responsibility lowers the score and is named beside it.
  await tabTo(page, 'responsibility-4', 200);
  await page.keyboard.press('End');
  await page.keyboard.type(' Collect urine samples twice a week.');
  await expect.poll(() => liveScore(page)).toBeLessThan(good);
  await expect(page.locator('[data-testid="live-finding"][data-rule-id="duty-drug-testing"]')).toBeVisible();

  // Ticking a competency with the space bar adds a responsibility; six is the most.
  await expect(page.getByTestId('responsibility-count')).toContainText('5 of 4 to 6');
  await tabTo(page, 'competency-crisis-support', 200);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('responsibility-count')).toContainText('6 of 4 to 6');
  await expect(page.getByTestId('competency-crisis-plans')).toBeDisabled();

  // The duties to leave out open with the keyboard too, and the page is clean for axe in both themes.
  await tabTo(page, 'leave-out-summary', 200);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('leave-out')).toHaveAttribute('open', '');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
    expect(axe.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  // The draft was saved on the device: a new blank draft, then the saved one reopened.
  await page.getByTestId('draft-new').click();
  await expect(page.getByTestId('field-title')).toHaveValue('');
  await expect.poll(() => page.getByTestId('draft-pick').locator('option').count()).toBeGreaterThan(1);
  const saved = await page
    .getByTestId('draft-pick')
    .locator('option', { hasText: /^Recovery Coach/ })
    .getAttribute('value');
  await page.getByTestId('draft-pick').selectOption(saved!);
  await page.getByTestId('draft-open').click();
  await expect(page.getByTestId('field-title')).toHaveValue('Recovery Coach');
  await expect(page.getByTestId('responsibility-4')).toHaveValue(/Collect urine samples/);

  // The interview questions are a sheet of their own.
  await expect(page.getByTestId('interview-preview')).toHaveValue(/Interview questions: Recovery Coach/);
});

test('the popup and the options page lead to the builder', async ({ context, extensionId, openFixture, openPopup }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('builder-link').click();
  await expect(options).toHaveURL(/\/builder\.html$/);

  const { tabId } = await openFixture('editors/textarea.html');
  const popup = await openPopup(tabId);
  const opened = context.waitForEvent('page');
  await popup.getByTestId('open-builder').click();
  const builder = await opened;
  await expect(builder).toHaveURL(new RegExp(`/builder\\.html\\?tab=${tabId}$`));
});

test('the posting is inserted into a Quill editor on the tab it was opened from, and undo removes it', async ({
  context,
  extensionId,
  openFixture,
}) => {
  await buildEditorFixtures();
  const { page: editor, tabId } = await openFixture('editors/quill.html');
  await editor.waitForSelector('html[data-ready="true"]');
  const field = editor.locator('#field .ql-editor');
  const original = await field.innerText();
  await field.click();
  await editor.keyboard.press('Control+End');

  const builder = await context.newPage();
  await builder.goto(`chrome-extension://${extensionId}/builder.html?tab=${tabId}`);
  await builder.getByTestId('category-family').check();
  await builder.getByTestId('use-example').click();
  await builder.getByTestId('posting-insert').click();
  await expect(builder.getByTestId('posting-status')).toHaveText('Inserted. Undo in the editor removes it.');

  await expect.poll(() => field.innerText()).toContain('Minimum qualifications');
  const after = await field.innerText();
  expect(after.startsWith(original.trimEnd())).toBe(true);
  expect(after).toContain('Applicants must have personal lived experience as a close family member');

  await editor.bringToFront();
  await field.focus();
  await editor.keyboard.press('Control+z');
  await expect.poll(() => field.innerText()).toBe(original);
});
