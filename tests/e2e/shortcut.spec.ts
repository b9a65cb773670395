// The keyboard shortcut (manifest "commands") opens the check for the page, like the toolbar
// button. The shortcut is the user's to change: it is set here the way the browser's own
// shortcut settings page (chrome://extensions/shortcuts) sets it.
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { badgeText, readReport } from './report-helpers.js';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

async function commands(serviceWorker: Worker): Promise<Command[]> {
  return serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { commands: { getAll(): Promise<Command[]> } } };
    return chrome.commands.getAll();
  });
}

test('the shortcut, as the user sets it, opens the check of the page', async ({
  context,
  extensionId,
  serviceWorker,
  openFixture,
  openPopup,
}) => {
  const declared = (await commands(serviceWorker)).find((c) => c.name === 'check-page');
  expect(declared?.description).toBe('Check this page with PeerLens');

  const settings = await context.newPage();
  await settings.goto('chrome://extensions/shortcuts');
  await settings.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { developerPrivate: { updateExtensionCommand(u: object): Promise<void> } } }
      ).chrome.developerPrivate.updateExtensionCommand({
        extensionId: id,
        commandName: 'check-page',
        keybinding: 'Alt+Shift+K',
      }),
    extensionId,
  );
  await settings.close();
  await expect.poll(async () => (await commands(serviceWorker)).find((c) => c.name === 'check-page')?.shortcut).toBe('Alt+Shift+K');

  // Headless Chromium does not route synthetic key presses to browser shortcuts, so the
  // command event is sent as the browser sends it when the keys are pressed. The check then
  // runs (in the popup, or in a tab where no popup can open) and puts the score on the badge.
  const { tabId } = await openFixture('boards/linkedin.html');
  expect(await badgeText(serviceWorker, tabId)).toBe('');
  await serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { get(id: number): Promise<object> }; commands: { onCommand: { dispatch(command: string, tab: object): void } } };
    };
    chrome.commands.onCommand.dispatch('check-page', await chrome.tabs.get(id));
  }, tabId);
  await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 30_000 }).toMatch(/^\d+$/);
  // The same score as a check opened from the toolbar.
  const report = await readReport(await openPopup(tabId));
  expect(await badgeText(serviceWorker, tabId)).toBe(String(report.score));
});
