// The keyboard reaches the marks without the page's DOM being rewritten: Tab from the checked
// field moves onto PeerLens's list of marks (our own shadow root), Up and Down step from mark
// to mark (the mark shown as the current one), Enter opens its card with the keyboard in it,
// Escape closes the card back to the mark and then goes back to the field, Tab goes on to what
// follows the field, Shift+Tab back to it. Real key presses in Chromium, in a textarea and in a
// contenteditable editor.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { cardFocus, cardReasonRules } from './closed-card.js';
import { expect, test } from './fixtures.js';
import { pageHighlights, readReport, waitForMarks } from './report-helpers.js';

/** The row of the mark list that has the keyboard: its mark's rule and text, or null. */
async function focusedRow(page: Page): Promise<{ ruleId: string; text: string } | null> {
  return page.evaluate(() => {
    const host = document.activeElement;
    if (host?.tagName.toLowerCase() !== 'peerlens-mark-list') return null;
    const row = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!row?.dataset.peerlensMark) return null;
    return { ruleId: row.dataset.peerlensMark, text: (row.textContent ?? '').replace(/^[^:]+: “|”.*$/g, '') };
  });
}

/** Where the keyboard is on the page: an element's id, or our host's tag name. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase() || '');
}

/** The text of the mark shown as the current one over the textarea (the overlay's root is open). */
function currentFieldMark(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const mirror = document.querySelector('peerlens-field-marks')?.shadowRoot;
    return mirror?.querySelector('.mark.current')?.textContent ?? null;
  });
}

/** The marks over the textarea, in text order. */
function fieldMarks(page: Page): Promise<Array<{ ruleId: string; text: string }>> {
  return page.evaluate(() =>
    [...(document.querySelector('peerlens-field-marks')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-peerlens-mark]') ?? [])].map(
      (el) => ({ ruleId: el.dataset.peerlensMark!, text: el.textContent ?? '' }),
    ),
  );
}

/** How many findings each mark over the textarea stands for, in text order. */
function reasonCounts(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...(document.querySelector('peerlens-field-marks')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-peerlens-mark]') ?? [])].map(
      (el) => (el.dataset.peerlensRules ?? '').split(' ').length,
    ),
  );
}

async function checkFocusedField(
  openFixture: (p: string) => Promise<{ page: Page; tabId: number }>,
  openPopup: (id: number) => Promise<Page>,
  path: string,
): Promise<Page> {
  const { page, tabId } = await openFixture(path);
  await page.focus('#field');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await expect(popup.getByTestId('read-via')).toHaveAttribute('data-via', 'editable');
  await waitForMarks(popup);
  await page.bringToFront();
  await page.focus('#field');
  return page;
}

test('in a textarea, Tab reaches the marks, arrows step, Enter opens the card, Escape goes back', async ({ openFixture, openPopup }) => {
  const page = await checkFocusedField(openFixture, openPopup, 'editors/textarea-marks.html');
  const marks = await fieldMarks(page);
  expect(marks.length).toBeGreaterThan(2);
  const value = await page.inputValue('#field');

  // Tab from the field: the keyboard is on the first mark, shown as the current one.
  await page.keyboard.press('Tab');
  expect(await focusedRow(page)).toEqual(marks[0]);
  expect(await currentFieldMark(page)).toBe(marks[0]!.text);
  // Down steps to the next mark, Up back.
  await page.keyboard.press('ArrowDown');
  expect(await focusedRow(page)).toEqual(marks[1]);
  expect(await currentFieldMark(page)).toBe(marks[1]!.text);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  expect(await focusedRow(page)).toEqual(marks[1]);

  // Enter opens that mark's card with the keyboard in it; Escape closes it, back on the mark.
  await page.keyboard.press('Enter');
  await expect(page.locator('peerlens-card')).toHaveCount(1);
  expect(await focusedId(page)).toBe('peerlens-card');
  expect((await cardReasonRules(page))[0]).toBe(marks[1]!.ruleId);
  expect(await cardFocus(page)).toBeTruthy();
  await page.keyboard.press('Escape');
  await expect(page.locator('peerlens-card')).toHaveCount(0);
  expect(await focusedRow(page)).toEqual(marks[1]);

  // Escape in the list goes back to the field; nothing was typed into it.
  await page.keyboard.press('Escape');
  expect(await focusedId(page)).toBe('field');
  expect(await page.inputValue('#field')).toBe(value);

  // Tab again comes back to the mark last reached; Tab from the list goes on to the next field
  // of the page, and Shift+Tab from the list back to the textarea.
  await page.keyboard.press('Tab');
  expect(await focusedRow(page)).toEqual(marks[1]);
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('summary');
  await page.focus('#field');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await focusedId(page)).toBe('field');
  // The page's DOM holds our two hosts and nothing else of ours; the field is as it was.
  expect(await page.inputValue('#field')).toBe(value);
  expect(await page.locator('#field').evaluate((el) => el.childElementCount)).toBe(0);

  // A mark dismissed from its card, all from the keyboard: Escape then lands on the next mark.
  const single = (await reasonCounts(page)).findIndex((count, i) => count === 1 && i < marks.length - 1);
  expect(single, 'a mark with one finding, not the last').toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Home');
  for (let i = 0; i < single; i++) await page.keyboard.press('ArrowDown');
  expect(await focusedRow(page)).toEqual(marks[single]);
  await page.keyboard.press('Enter');
  await expect(page.locator('peerlens-card')).toHaveCount(1);
  for (let i = 0; i < 10 && (await cardFocus(page)) !== 'dismiss'; i++) await page.keyboard.press('Tab');
  expect(await cardFocus(page), 'Tab reached Dismiss in the card').toBe('dismiss');
  await page.keyboard.press('Enter');
  // That rule on that text is gone (everywhere it stood); the other marks stay.
  const dismissed = marks[single]!;
  const gone = (m: { ruleId: string; text: string }) => m.ruleId === dismissed.ruleId && m.text === dismissed.text;
  await expect.poll(async () => (await fieldMarks(page)).some(gone)).toBe(false);
  // Its card closed with its only finding; the keyboard is on the mark that came after it, not
  // lost on the page, and Escape goes back to the field.
  await expect(page.locator('peerlens-card')).toHaveCount(0);
  const after = marks.slice(single + 1).find((m) => !gone(m));
  await expect.poll(() => focusedRow(page)).toEqual(after);
  await page.keyboard.press('Escape');
  expect(await focusedId(page)).toBe('field');
});

test('in a contenteditable editor, Tab reaches the marks drawn on its text and Enter opens each card', async ({
  openFixture,
  openPopup,
}) => {
  const page = await checkFocusedField(openFixture, openPopup, 'editors/contenteditable.html');
  const html = await page.locator('#field').innerHTML();

  await page.keyboard.press('Tab');
  const first = await focusedRow(page);
  expect(first, 'Tab from the editor reached a mark').not.toBeNull();
  // The mark reached is the one shown as current on the page's own text.
  await expect.poll(async () => (await pageHighlights(page))['peerlens-current']).toEqual([first!.text]);
  await page.keyboard.press('ArrowDown');
  const second = await focusedRow(page);
  expect(second).not.toEqual(first);
  await expect.poll(async () => (await pageHighlights(page))['peerlens-current']).toEqual([second!.text]);

  await page.keyboard.press('Enter');
  await expect(page.locator('peerlens-card')).toHaveCount(1);
  expect((await cardReasonRules(page))[0]).toBe(second!.ruleId);
  await page.keyboard.press('Escape');
  await expect(page.locator('peerlens-card')).toHaveCount(0);
  expect(await focusedRow(page)).toEqual(second);
  await page.keyboard.press('Escape');
  expect(await focusedId(page)).toBe('field');
  // Highlights only: the editor's markup is untouched.
  expect(await page.locator('#field').innerHTML()).toBe(html);
});

test('an editor that uses Tab itself keeps it', async ({ openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('editors/textarea-marks.html');
  // As code editors and list-indenting editors do: the page takes Tab for itself.
  await page.evaluate(() =>
    document.querySelector('#field')!.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Tab') event.preventDefault();
    }),
  );
  await page.focus('#field');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await waitForMarks(popup);
  await page.bringToFront();
  await page.focus('#field');
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('field');
  // Alt+Shift+Down still reaches the first mark's card.
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page.locator('peerlens-card')).toHaveCount(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the list of marks passes axe with the keyboard on it (${colorScheme} theme)`, async ({ openFixture, openPopup }) => {
    const page = await checkFocusedField(openFixture, openPopup, 'editors/textarea-marks.html');
    await page.emulateMedia({ colorScheme });
    await page.keyboard.press('Tab');
    expect(await focusedRow(page)).not.toBeNull();
    const results = await new AxeBuilder({ page })
      .include('peerlens-mark-list')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.passes.length, 'axe looked at the list').toBeGreaterThan(0);
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
