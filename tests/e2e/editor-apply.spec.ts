// "Apply" through the extension: a draft in a focused field is what gets checked, a suggestion
// applied from the popup (textarea) or from the card in the page (contenteditable) lands in the
// field, the check runs again, and the editor's undo brings the original back.
import { expect, test } from './fixtures.js';
import { cardButtons, clickCardButton } from './closed-card.js';
import { pageHighlights, readReport } from './report-helpers.js';

test('apply from the popup in a textarea, then undo', async ({ openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('editors/textarea.html');
  await page.focus('#field');
  const original = await page.inputValue('#field');

  const popup = await openPopup(tabId);
  const report = await readReport(popup);
  await expect(popup.getByTestId('read-via')).toHaveAttribute('data-via', 'editable');
  const addicts = report.findings.find((f) => f.text === 'addicts');
  expect(addicts, 'the identity-first label is found').toBeTruthy();

  const item = popup.locator(`[data-finding-id="${addicts!.id}"]`);
  const suggestion = (await item.locator('.suggestion').first().textContent())!;
  await item.getByTestId('apply').first().click();
  await expect.poll(() => page.inputValue('#field')).toContain(suggestion);
  expect(await page.inputValue('#field')).toBe(original.replace('addicts', suggestion));

  // The popup checked the field again: the fixed word is no longer listed.
  await expect.poll(async () => (await readReport(popup)).findings.some((f) => f.text === 'addicts')).toBe(false);

  await page.bringToFront();
  await page.focus('#field');
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.inputValue('#field')).toBe(original);
});

test('apply from the card in a contenteditable field', async ({ openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('editors/contenteditable.html');
  await page.focus('#field');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await expect(popup.getByTestId('read-via')).toHaveAttribute('data-via', 'editable');
  await expect.poll(async () => Object.values(await pageHighlights(page)).flat()).toContain('addicts');

  await page.bringToFront();
  const point = await page.evaluate(() => {
    for (const name of ['peerlens-error', 'peerlens-warning', 'peerlens-info']) {
      for (const range of CSS.highlights.get(name) ?? []) {
        if ((range as Range).toString() === 'addicts') {
          const rect = (range as Range).getClientRects()[0]!;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
    }
    throw new Error('no highlight over "addicts"');
  });
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => cardButtons(page)).toContainEqual(expect.stringMatching(/^Replace with/));
  const suggestion = (await clickCardButton(page, /^Replace with/)).replace(/^Replace with “|”$/g, '');
  await expect.poll(() => page.locator('#field').innerText()).toContain(suggestion);
  await expect(page.locator('#field')).not.toContainText('addicts');
});
