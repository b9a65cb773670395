// Reading a hostile page's own state without running code in it: its heartbeat (tests/fixtures/
// hostile/page-clock.js) shows its ticks, longest gap and long tasks on #page-clock, and
// Playwright's locators read the DOM from their own world, whatever the page did to its built-ins.
import type { BrowserContext, Page, Worker } from '@playwright/test';

export interface ClockStats {
  ticks: number;
  /** Longest time between two 10 ms ticks since the reset, in ms. */
  maxGap: number;
  longTasks: number;
  longestTask: number;
}

export async function clockStats(page: Page): Promise<ClockStats> {
  const clock = page.locator('#page-clock');
  const attr = async (name: string) => Number(await clock.getAttribute(name));
  return {
    ticks: Number(await clock.textContent()),
    maxGap: await attr('data-max-gap'),
    longTasks: await attr('data-long-tasks'),
    longestTask: await attr('data-longest-task'),
  };
}

/** Starts the page's counts afresh (the page's own reset, called through its global). */
export async function resetClock(page: Page): Promise<void> {
  await page.evaluate('window.pageClock.reset()');
}

/** The page's markup, its heartbeat's changing numbers left out. */
export async function pageMarkup(page: Page, selector = 'body'): Promise<string> {
  const html = await page.locator(selector).first().innerHTML();
  return html.replace(/<span id="page-clock"[^>]*>[^<]*<\/span>/, '<span id="page-clock"></span>');
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
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
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
      'Object.getOwnPropertyNames(window.pageOverrides).filter(function (k) { return k !== "count"; }).join(", ") || "none"',
    ),
  );
}
