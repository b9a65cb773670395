// Firefox: "apply" from the popup lands in the focused field through the editor's own input
// path, the popup checks the field again, and the editor's undo brings the original back, in a
// textarea and in a rich editor (Tiptap 3, on ProseMirror).
import { buildEditorFixtures } from '../../fixtures/editors/build.mjs';
import { shownFindingsInPage } from '../report-helpers.js';
import { expect, test } from './firefox-fixtures.js';
import type { Page } from 'puppeteer-core';

test.beforeAll(async () => {
  await buildEditorFixtures();
});

const modelText = (page: Page) => page.evaluate(() => (window as unknown as { fixture: { getText(): string } }).fixture.getText());
const modelDoc = (page: Page) => page.evaluate(() => (window as unknown as { fixture: { getDoc(): string } }).fixture.getDoc());

/** Applies the popup's first suggestion for "addicts"; returns the suggestion. */
async function applyForAddicts(popup: Page): Promise<string> {
  await popup.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  expect(await popup.$eval('[data-testid="read-via"]', (el) => el.getAttribute('data-via'))).toBe('editable');
  const addicts = (await popup.evaluate(shownFindingsInPage)).find((f) => f.text === 'addicts');
  expect(addicts, 'the identity-first label is found').toBeTruthy();
  const item = `[data-finding-id="${addicts!.id}"]`;
  const suggestion = (await popup.$eval(`${item} .suggestion`, (el) => el.textContent))!;
  await popup.click(`${item} [data-testid="apply"]`);
  return suggestion;
}

async function undoInPage(page: Page, field: string): Promise<void> {
  await page.bringToFront();
  await page.focus(field);
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

for (const editor of [
  { name: 'a textarea', page: 'editors/textarea.html', field: '#field' },
  { name: 'Tiptap 3 (ProseMirror)', page: 'editors/tiptap.html', field: '#field .ProseMirror' },
]) {
  test(`apply from the popup in ${editor.name}, then undo`, async ({ firefox }) => {
    const page = await firefox.openFixture(editor.page);
    await page.waitForSelector('html[data-ready="true"]');
    await page.focus(editor.field);
    const textBefore = await modelText(page);
    const docBefore = await modelDoc(page);

    const popup = await firefox.openPopup(page);
    const suggestion = await applyForAddicts(popup);
    await expect.poll(() => modelText(page)).toBe(textBefore.replace('addicts', suggestion));

    // The popup checked the field again: the fixed word is no longer listed.
    await expect.poll(async () => (await popup.evaluate(shownFindingsInPage)).some((f) => f.text === 'addicts')).toBe(false);

    await undoInPage(page, editor.field);
    await expect.poll(() => modelDoc(page)).toBe(docBefore);
  });
}
