// The keyboard shortcut (manifest "commands") opens the check for the page, like the toolbar
// button. The shortcut is the user's to change: it is set here the way the browser's own
// shortcut settings page (chrome://extensions/shortcuts) sets it. A browser shortcut is taken by
// the browser's window before any page sees the key: headless Chromium has no such window and
// the DevTools protocol's key events never reach it, so the real keys are pressed on a virtual X
// screen (Xvfb) through the X server (xdotool); the headless test sends the command event itself.
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { badgeText, readReport } from './report-helpers.js';
import { pressInWindow, realKeysUnavailable } from './virtual-screen.js';

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

/** Sets the check-page shortcut as chrome://extensions/shortcuts does, and waits until it holds. */
async function setShortcut(context: BrowserContext, serviceWorker: Worker, extensionId: string, keybinding: string): Promise<void> {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions/shortcuts');
  await settings.evaluate(
    ({ id, binding }) =>
      (
        globalThis as unknown as { chrome: { developerPrivate: { updateExtensionCommand(u: object): Promise<void> } } }
      ).chrome.developerPrivate.updateExtensionCommand({
        extensionId: id,
        commandName: 'check-page',
        keybinding: binding,
      }),
    { id: extensionId, binding: keybinding },
  );
  await settings.close();
  await expect.poll(async () => (await commands(serviceWorker)).find((c) => c.name === 'check-page')?.shortcut).toBe(keybinding);
}

test('the shortcut, as the user sets it, opens the check of the page (the command event sent)', async ({
  context,
  extensionId,
  serviceWorker,
  openFixture,
  openPopup,
}) => {
  const declared = (await commands(serviceWorker)).find((c) => c.name === 'check-page');
  expect(declared?.description).toBe('Check this page with PeerLens');
  await setShortcut(context, serviceWorker, extensionId, 'Alt+Shift+K');

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

test.describe('with real keys on a virtual screen', () => {
  const unavailable = realKeysUnavailable();
  test.skip(unavailable !== null, `real key presses need a virtual X screen: ${unavailable}`);
  test.use({ onVirtualScreen: true });

  test('pressing the shortcut the user set checks the page', async ({ context, display, extensionId, serviceWorker, openFixture }) => {
    await setShortcut(context, serviceWorker, extensionId, 'Alt+Shift+K');
    const { page, tabId } = await openFixture('boards/linkedin.html');
    expect(await badgeText(serviceWorker, tabId)).toBe('');
    // Keys a page sees are not the shortcut: the page's own key handler gets nothing of it.
    await page.evaluate(() => {
      (window as unknown as { keysSeen: string[] }).keysSeen = [];
      addEventListener('keydown', (event) => (window as unknown as { keysSeen: string[] }).keysSeen.push(event.key), true);
    });
    await pressInWindow(display!, await page.title(), 'alt+shift+k');
    await expect.poll(() => badgeText(serviceWorker, tabId), { timeout: 30_000 }).toMatch(/^\d+$/);
    expect(await page.evaluate(() => (window as unknown as { keysSeen: string[] }).keysSeen)).not.toContain('K');

    // Another shortcut chosen by the user works the same way (one window with that title open).
    await page.close();
    await setShortcut(context, serviceWorker, extensionId, 'Alt+Shift+J');
    const other = await openFixture('boards/linkedin.html');
    expect(await badgeText(serviceWorker, other.tabId)).toBe('');
    await pressInWindow(display!, await other.page.title(), 'alt+shift+j');
    await expect.poll(() => badgeText(serviceWorker, other.tabId), { timeout: 30_000 }).toMatch(/^\d+$/);
  });
});
