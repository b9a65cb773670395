// The selection flow: only the selected text is checked, its findings are marked inside the
// selection, and the context menu's hand-over through the background worker reaches the popup.
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { selectParagraphInPage } from './page-actions.js';
import { pageHighlights, readReport, squash } from './report-helpers.js';

const PARAGRAPH = 'The county serves many of the mentally ill';

async function selectParagraph(page: Page, containing: string): Promise<string> {
  return page.evaluate(selectParagraphInPage, containing);
}

async function expectSelectionChecked(popup: Page, page: Page, selected: string): Promise<void> {
  const report = await readReport(popup);
  await expect(popup.getByTestId('read-via')).toHaveAttribute('data-via', 'selection');
  const quoted = report.findings.filter((f) => f.text);
  expect(quoted.length, 'findings in the selected paragraph').toBeGreaterThan(0);
  expect(quoted.map((f) => f.text).join(' | ')).toContain('mentally ill');
  // Nothing from outside the selection (the rest of the policy has other flagged words).
  for (const finding of quoted) expect(squash(selected)).toContain(squash(finding.text));
  const drawn = Object.values(await pageHighlights(page)).flat();
  expect(drawn.length).toBeGreaterThan(0);
  for (const text of drawn) expect(squash(selected)).toContain(squash(text));
}

test('checks only the selected text and marks it in place', async ({ openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('boards/agency-policy.html');
  const selected = await selectParagraph(page, PARAGRAPH);
  const popup = await openPopup(tabId, { scope: 'selection' });
  await expectSelectionChecked(popup, page, selected);
});

test('the context menu hands the selection to the popup through the background worker', async ({
  openFixture,
  openPopup,
  serviceWorker,
}) => {
  const { page, tabId } = await openFixture('boards/agency-policy.html');
  const selected = await selectParagraph(page, PARAGRAPH);
  // What the menu's click handler leaves for the popup (Playwright cannot click browser menus).
  await rememberSelection(serviceWorker, tabId, selected);
  const popup = await openPopup(tabId); // no scope: the popup learns it from the background
  await expectSelectionChecked(popup, page, selected);

  // The request is used once: the next check reads the page again.
  const again = await openPopup(tabId);
  await readReport(again);
  await expect(again.getByTestId('read-via')).not.toHaveAttribute('data-via', 'selection');
});

async function rememberSelection(serviceWorker: Worker, tabId: number, text: string): Promise<void> {
  await serviceWorker.evaluate(
    ({ id, selectionText }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { session: { set(items: object): Promise<void> } } };
      };
      return chrome.storage.session.set({ [`selection-request:${id}`]: { text: selectionText, at: Date.now() } });
    },
    { id: tabId, selectionText: text },
  );
}
