// Playwright fixtures: Debian's Chromium (new headless) with the built extension loaded, the
// extension's id, a localhost fixture server, and a network recorder that fails any test in
// which the browser asked for anything but the fixture server or the extension's own files.
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionCopy, launchWithExtension } from './extension-browser.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { perWorker } from './per-worker.js';
import { startVirtualScreen } from './virtual-screen.js';

// PEERLENS_EXTENSION_DIR tests another build (e.g. a development build) of the same code.
const BUILT_EXTENSION = resolve(process.env.PEERLENS_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3'));

/** The build, allowed to read the fixture server and one job board (see extensionCopy). */
async function prepareExtension(): Promise<string> {
  if (!existsSync(join(BUILT_EXTENSION, 'manifest.json'))) {
    throw new Error(`No built extension in ${BUILT_EXTENSION}: run \`npm run build\` (or \`npx wxt build\`) first.`);
  }
  // Plus one job board, as if the user had allowed automatic checking there (its pages are
  // served by the test itself through `serveAs`, never fetched).
  return extensionCopy(BUILT_EXTENSION, ['http://127.0.0.1/*', 'https://*.indeed.com/*']);
}

/** The part of the extension API the fixtures call inside the service worker. */
export interface ChromeTabs {
  tabs: { query(query: { url?: string }): Promise<Array<{ id?: number }>> };
}

export interface RecordedRequest {
  url: string;
  from: string;
}

interface TestFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  requests: RecordedRequest[];
  /** Opens a fixture page (path under tests/fixtures/) and returns it with its tab id. */
  openFixture: (path: string) => Promise<{ page: Page; tabId: number }>;
  /** Opens the popup as a page acting on `tabId` (the `?tab=` test hook). */
  openPopup: (tabId: number, params?: Record<string, string>) => Promise<Page>;
  /** Answers requests for `url` with a fixture file inside the browser: the request never leaves it. */
  serveAs: (url: string, path: string) => Promise<void>;
  /** Addresses answered by `serveAs`; the network check allows exactly these. */
  servedInBrowser: Set<string>;
  /** Open the browser's windows on a virtual X screen instead of headless (for real key presses). */
  onVirtualScreen: boolean;
  /** That screen's X display, or null when headless. */
  display: string | null;
}

interface WorkerFixtures {
  server: FixtureServer;
  extensionDir: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: perWorker(startFixtureServer, (server) => server.close()),

  extensionDir: perWorker(prepareExtension, (dir) => rm(dir, { recursive: true, force: true })),

  requests: async ({}, use) => {
    await use([]);
  },

  servedInBrowser: async ({}, use) => {
    await use(new Set());
  },

  onVirtualScreen: [false, { option: true }],

  display: async ({ onVirtualScreen }, use) => {
    if (!onVirtualScreen) return use(null);
    const screen = await startVirtualScreen();
    await use(screen.display);
    screen.stop();
  },

  context: async ({ extensionDir, requests, server, servedInBrowser, display }, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'peerlens-profile-'));
    const context = await launchWithExtension(profile, extensionDir, display ?? undefined);
    // Every request from pages, extension pages and the service worker.
    context.on('request', (request) => {
      // frame() throws for a navigation whose frame is already gone; the URL is what is checked.
      let from = 'unknown';
      try {
        from = request.serviceWorker() ? 'service worker' : request.frame().url();
      } catch {
        from = 'a frame that has gone';
      }
      requests.push({ url: request.url(), from });
    });
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
    const stray = requests.filter((r) => !isAllowed(r.url, server.origin) && !servedInBrowser.has(r.url));
    expect(stray, 'requests to anything but the fixture server or the extension').toEqual([]);
  },

  serviceWorker: async ({ context }, use) => {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
    // Returns once the worker's script has run, so its listeners are registered: on a fresh
    // install, browser events that come before that are not delivered to it.
    await worker.evaluate(() => true);
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openFixture: async ({ context, server, serviceWorker }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.bringToFront();
      const url = page.url();
      const tabId = await serviceWorker.evaluate(async (pageUrl) => {
        const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
        const tabs = await chrome.tabs.query({ url: pageUrl.split('#')[0] });
        return tabs[0]?.id ?? -1;
      }, url);
      expect(tabId, `tab id of ${url}`).toBeGreaterThan(0);
      return { page, tabId };
    });
  },

  serveAs: async ({ context, servedInBrowser }, use) => {
    await use(async (url, path) => {
      const body = await readFile(resolve(import.meta.dirname, '../fixtures', path));
      servedInBrowser.add(url);
      await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    });
  },

  openPopup: async ({ context, extensionId }, use) => {
    await use(async (tabId, params = {}) => {
      const popup = await context.newPage();
      const query = new URLSearchParams({ tab: String(tabId), ...params });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?${query}`);
      return popup;
    });
  },
});

/** The fixture server and the extension's own pages; data:, blob: and the browser's own chrome://
 *  pages (its shortcut settings, opened by a test) never touch the network. */
function isAllowed(url: string, fixtureOrigin: string): boolean {
  if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('chrome://'))
    return true;
  try {
    return new URL(url).origin === fixtureOrigin;
  } catch {
    return false;
  }
}

export { expect };
