// Fixtures for the Firefox suite: Debian's Firefox ESR driven by puppeteer-core over WebDriver
// BiDi (Playwright drives only its own Firefox build), with the built Firefox extension
// installed from the profile's extensions/ folder, a localhost fixture server, and a network
// recorder: every request that would leave the machine goes to a local proxy that records it and
// answers 403, and a test fails if the proxy saw anything but Firefox's own services.
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../fixture-server.js';
import { perWorker } from '../per-worker.js';

export const FIREFOX = process.env.PEERLENS_FIREFOX ?? '/usr/bin/firefox-esr';
const BUILT_EXTENSION = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
/** The add-on id in the Firefox manifest: the folder name Firefox expects in extensions/. */
const ADDON_ID = 'peerlens@peerlens.extension';
/**
 * puppeteer's profile points Firefox's own services (remote settings, blocklist, updates) at this
 * placeholder host; MOZ_REMOTE_SETTINGS_DEVTOOLS makes a release build honour that.
 */
const FIREFOX_SERVICES_HOST = 'dummy.test';

/** Why the Firefox tests cannot run here, or null when they can. */
export function firefoxMissing(): string | null {
  if (existsSync(FIREFOX)) return null;
  return `Firefox ESR is not installed at ${FIREFOX}; npm run test:all installs it as root, or run: sudo apt-get install -y firefox-esr`;
}

/**
 * A copy of the Firefox build that may read pages on 127.0.0.1 (standing in for the activeTab
 * grant a click on the toolbar button gives, which no driver can click), plus the test bridge
 * (bridge-background.js, bridge-content.js) that opens the extension's own pages.
 */
async function prepareExtension(): Promise<string> {
  if (!existsSync(join(BUILT_EXTENSION, 'manifest.json'))) {
    throw new Error(`No built extension in ${BUILT_EXTENSION}: run \`npm run build\` first.`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'peerlens-ff-ext-'));
  await cp(BUILT_EXTENSION, dir, { recursive: true });
  for (const file of ['bridge-background.js', 'bridge-content.js']) await copyFile(join(import.meta.dirname, file), join(dir, file));
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    host_permissions?: string[];
    background: { scripts: string[] };
    content_scripts?: unknown[];
  };
  // Plus one job board, as if the user had allowed automatic checks there (its pages are answered
  // by the test itself, through request interception, never fetched).
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*', 'https://www.indeed.com/*'];
  manifest.background.scripts = ['bridge-background.js', ...manifest.background.scripts];
  manifest.content_scripts = [
    { matches: ['http://127.0.0.1/*', 'https://www.indeed.com/*'], js: ['bridge-content.js'], run_at: 'document_start' },
  ];
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}

export interface NetworkRecorder {
  port: number;
  /** Every request that tried to leave the machine: "GET http://host/path" or "CONNECT host:443". */
  requests: string[];
  close(): Promise<void>;
}

async function startNetworkRecorder(): Promise<NetworkRecorder> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by the PeerLens test recorder');
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the network recorder has no port');
  return {
    port: address.port,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** A request to Firefox's own services, sent to the placeholder host (never reachable). */
function isFirefoxService(request: string): boolean {
  const target = request.split(' ')[1] ?? '';
  const host = target.startsWith('http') ? new URL(target).hostname : target.split(':')[0];
  return host === FIREFOX_SERVICES_HOST;
}

interface BridgeReply {
  result?: unknown;
  error?: string;
}

/** Posts one request to the bridge from a fixture page; null if no answer within `timeoutMs`. */
function askBridge(from: Page, request: string, payload: Record<string, unknown>, timeoutMs = 30_000): Promise<BridgeReply | null> {
  return from.evaluate(
    (req, data, wait) =>
      new Promise<BridgeReply | null>((answer) => {
        const id = Math.random();
        const onReply = (event: MessageEvent) => {
          if (event.data?.peerlensTestReply !== id) return;
          removeEventListener('message', onReply);
          answer(event.data as BridgeReply);
        };
        addEventListener('message', onReply);
        postMessage({ ...data, peerlensTest: req, id }, '*');
        setTimeout(() => answer(null), wait);
      }),
    request,
    payload,
    timeoutMs,
  );
}

/** Waits for a tab, not among `known`, showing the extension page at `path`. */
async function newExtensionPage(browser: Browser, known: Set<Page>, path: string): Promise<Page> {
  // BiDi reports an extension page's address as about:blank; its own location is right.
  let opened: Page | undefined;
  await expect
    .poll(
      async () => {
        for (const page of await browser.pages()) {
          if (known.has(page)) continue;
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith('moz-extension://') && new URL(href).pathname === path) opened = page;
        }
        return opened !== undefined;
      },
      { message: `the extension opened ${path}` },
    )
    .toBe(true);
  await opened!.waitForFunction(() => document.readyState === 'complete');
  return opened!;
}

export interface FirefoxSession {
  browser: Browser;
  /** Opens a fixture page (path under tests/fixtures/) in a new tab. */
  openFixture(path: string): Promise<Page>;
  /** Asks the extension to open one of its pages from `from` (a fixture page); returns that page. */
  openExtensionPage(from: Page, path: string, options?: { withTab?: boolean; params?: Record<string, string> }): Promise<Page>;
  /** Opens the popup as a tab acting on the tab of `from` (the popup's `?tab=` test hook). */
  openPopup(from: Page, params?: Record<string, string>): Promise<Page>;
  /** A request to the test bridge, made from a fixture page. */
  bridge<T>(from: Page, request: string, payload?: Record<string, unknown>): Promise<T>;
}

interface Fixtures {
  network: NetworkRecorder;
  firefox: FirefoxSession;
}

interface WorkerFixtures {
  server: FixtureServer;
  firefoxExtension: string;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: perWorker(startFixtureServer, (server) => server.close()),

  firefoxExtension: perWorker(prepareExtension, (dir) => rm(dir, { recursive: true, force: true })),

  network: async ({}, use) => {
    const recorder = await startNetworkRecorder();
    await use(recorder);
    await recorder.close();
    const stray = recorder.requests.filter((r) => !isFirefoxService(r));
    expect(stray, 'requests that tried to leave the machine').toEqual([]);
  },

  firefox: async ({ firefoxExtension, network, server }, use, testInfo) => {
    const missing = firefoxMissing();
    // On CI the set-up installs Firefox, so a missing one is a failure there, not a skip.
    if (missing && process.env.CI) throw new Error(missing);
    testInfo.skip(missing !== null, missing ?? '');

    const profile = await mkdtemp(join(tmpdir(), 'peerlens-ff-profile-'));
    await mkdir(join(profile, 'extensions'));
    await cp(firefoxExtension, join(profile, 'extensions', ADDON_ID), { recursive: true });
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        // An unsigned add-on from the profile folder, enabled without asking (ESR honours these).
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        'extensions.enabledScopes': 15,
        // Every request goes through the recorder, except to localhost (the fixture server),
        // which Firefox never sends through a proxy.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': network.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': network.port,
        'network.proxy.no_proxies_on': '',
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        // Firefox's own connectivity probes (the remote agent turns them off too).
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    });

    const session: FirefoxSession = {
      browser,
      async openFixture(path) {
        const page = await browser.newPage();
        await page.goto(server.url(path), { waitUntil: 'load' });
        return page;
      },
      async bridge<T>(from: Page, request: string, payload: Record<string, unknown> = {}) {
        // The bridge's content script may still be starting on a page that has just loaded.
        await expect.poll(() => askBridge(from, 'ping', {}, 2000), { message: 'the test bridge answers', timeout: 15_000 }).not.toBeNull();
        const reply = (await askBridge(from, request, payload))!;
        if (reply.error) throw new Error(`test bridge: ${reply.error}`);
        return reply.result as T;
      },
      async openExtensionPage(from, path, { withTab = false, params = {} } = {}) {
        const known = new Set(await browser.pages());
        await session.bridge(from, 'open-extension-page', { path, params, withTab });
        return newExtensionPage(browser, known, path);
      },
      openPopup(from, params = {}) {
        return session.openExtensionPage(from, '/popup.html', { withTab: true, params });
      },
    };

    await use(session);
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  },
});

export { expect };
