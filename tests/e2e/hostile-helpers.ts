// Reading a hostile page's own state without running code in it: its heartbeat (tests/fixtures/
// hostile/page-clock.js) writes its ticks, longest gap and long tasks on a <meta>, and
// Playwright's locators read the DOM from their own world, whatever the page did to its built-ins.
import type { BrowserContext, Page, Worker } from '@playwright/test';

export interface ClockStats {
  ticks: number;
  /** Longest time between two 10 ms ticks since the reset, in ms. */
  maxGap: number;
  longTasks: number;
  longestTask: number;
  /** The longest run of an extension's script in a long animation frame (ms). */
  longestExtensionScript: number;
  /** The longest style and layout step of a long animation frame (ms). */
  longestStyleLayout: number;
}

export async function clockStats(page: Page): Promise<ClockStats> {
  const clock = page.locator('meta[name="page-clock"]');
  const attr = async (name: string) => Number(await clock.getAttribute(name));
  return {
    ticks: await attr('content'),
    maxGap: await attr('data-max-gap'),
    longTasks: await attr('data-long-tasks'),
    longestTask: await attr('data-longest-task'),
    longestExtensionScript: await attr('data-longest-extension-script'),
    longestStyleLayout: await attr('data-longest-style-layout'),
  };
}

/** Starts the page's counts afresh (the page's own reset, called through its global). */
export async function resetClock(page: Page): Promise<void> {
  await page.evaluate('window.pageClock.reset()');
}

/** The page's markup (the heartbeat writes only in the head). */
export async function pageMarkup(page: Page, selector = 'body'): Promise<string> {
  return page.locator(selector).first().innerHTML();
}

/** Names of the elements directly under <html>: PeerLens may add only its card's host. */
export async function rootChildren(page: Page): Promise<string[]> {
  return page.locator('html > *').evaluateAll((elements) => elements.map((e) => e.tagName.toLowerCase()));
}

/** Collects uncaught errors and console errors of a page from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The browser asks the fixture server for a favicon it does not have: not the page's doing.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      errors.push(`console: ${message.text()} (${message.location().url})`);
    }
  });
  return errors;
}

interface ChromeWindows {
  windows: { create(options: { url: string; type: 'popup'; width: number; height: number; focused: boolean }): Promise<unknown> };
}

/**
 * Opens the popup (acting on `tabId`) in a window of its own, as the real popup stands over the
 * page: the page's tab stays visible, so its timers are not slowed as a background tab's are.
 */
export async function openPopupWindow(context: BrowserContext, serviceWorker: Worker, extensionId: string, tabId: number): Promise<Page> {
  const url = `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;
  const opened = context.waitForEvent('page', { predicate: (p) => p.url() === url });
  await serviceWorker.evaluate(async (address) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeWindows };
    await chrome.windows.create({ url: address, type: 'popup', width: 420, height: 600, focused: false });
  }, url);
  return opened;
}

/** Which of the page's replaced built-ins were called, by name (tests/fixtures/hostile/overrides.js). */
export async function overrideCalls(page: Page): Promise<string> {
  return String(
    await page.evaluate(
      '(function () { var names = Object.getOwnPropertyNames(window.pageOverrides), out = ""; for (var i = 0; i < names.length; i++) if (names[i] !== "count") out += (out ? ", " : "") + names[i]; return out || "none"; })()',
    ),
  );
}
