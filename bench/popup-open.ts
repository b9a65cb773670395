// Popup opened on a posting -> score on screen, in Debian's Chromium with the built extension
// (.output/chrome-mv3): the posting page is open in a tab, then the popup page is opened on it
// several times; each opening is a fresh popup (a new page, a new analysis worker), first with the
// popup's kept reports removed before each opening (as on postings not seen before: the budget),
// then again with them (re-opening on the same posting), then with no kept report and the
// extension's service worker stopped before each opening (as after the browser idled). The time is
// the popup page's own clock (from its navigation start) when a score first shows (the popup's
// first paint's or the whole report's),
// and the worker's cold start is the popup's 'warm' request (worker start -> analyzer ready).
import type { BrowserContext, CDPSession, Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, extensionCopy, launchWithExtension } from '../tests/e2e/extension-browser.js';
import { summarize, type Timing } from './measure.js';

const BUILD_DIR = fileURLToPath(new URL('../.output/chrome-mv3/', import.meta.url));

export interface PopupResult {
  page: string;
  words: number;
  /** Openings on a posting the popup has no kept report of (each analyzes it). */
  scoreShown: Timing;
  workerColdStart: Timing;
  /** Openings again on the same posting, where the popup may show the report it kept. */
  reopened: { scoreShown: Timing; keptReportsUsed: number; steps: Record<PopupStep, number> };
  /** Openings with no kept report after the browser stopped the extension's service worker (it does after 30 s idle). */
  backgroundAsleep: { scoreShown: Timing; steps: Record<PopupStep, number> };
  /** Where an opening's time goes: the median time from opening at which each step was done. */
  steps: Record<PopupStep, number>;
}

type PopupStep = 'worker started' | 'UI loaded' | 'analyzer ready' | 'page read' | 'analysis answered' | 'score shown';

/**
 * The popup's own performance entries (see entrypoints/popup), read in the popup page. No named
 * inner functions: tsx would wrap them in a helper the page does not have.
 */
function stepsInPopup(): Partial<Record<PopupStep, number>> {
  const analyses = performance.getEntriesByName('peerlens:analyze') as PerformanceMeasure[];
  const warm = analyses.find((e) => e.detail?.kind === 'warm');
  const analyze = analyses.find((e) => e.detail?.kind === 'analyze');
  const read = performance.getEntriesByName('peerlens:read')[0];
  return {
    'worker started': warm?.startTime,
    'UI loaded': performance.getEntriesByName('peerlens:ui-loaded')[0]?.startTime,
    'analyzer ready': warm && warm.startTime + warm.duration,
    'page read': read && read.startTime + read.duration,
    'analysis answered': analyze && analyze.startTime + analyze.duration,
    'score shown': performance.getEntriesByName('peerlens:score-shown')[0]?.startTime,
  };
}

async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return worker.evaluate(async (pageUrl) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } } };
    return (await chrome.tabs.query({ url: pageUrl }))[0]?.id ?? -1;
  }, url);
}

interface Openings {
  shown: number[];
  cold: number[];
  steps: Partial<Record<PopupStep, number>>[];
  /** In how many openings the popup showed a report it kept from an earlier opening. */
  keptUsed: number;
}

const STEPS: PopupStep[] = ['worker started', 'UI loaded', 'analyzer ready', 'page read', 'analysis answered', 'score shown'];

function medianSteps(steps: Partial<Record<PopupStep, number>>[]): Record<PopupStep, number> {
  return Object.fromEntries(
    STEPS.map((step) => [step, summarize(steps.map((s) => s[step] ?? NaN).filter(Number.isFinite)).medianMs]),
  ) as Record<PopupStep, number>;
}

/** The extension's service worker now (the browser starts a new one after it was stopped). */
async function backgroundOf(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  return context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
}

/** Removes the popup's kept reports (entrypoints/popup/kept-reports.ts): the next opening analyzes. */
async function forgetKeptReports(context: BrowserContext): Promise<void> {
  const worker = await backgroundOf(context);
  await worker.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> };
    const { chrome } = globalThis as unknown as { chrome: { storage: { session: Area } } };
    const kept = Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith('peerlens-report'));
    await chrome.storage.session.remove(kept);
  });
}

/** Stops the extension's service worker, as the browser does after it idled: the next message starts it again. */
async function stopBackground(cdp: CDPSession): Promise<void> {
  type Targets = { targetInfos: { targetId: string; type: string; url: string }[] };
  const background = async () =>
    ((await cdp.send('Target.getTargets')) as Targets).targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
  const running = await background();
  if (!running) return;
  await cdp.send('Target.closeTarget', { targetId: running.targetId });
  for (let i = 0; i < 40 && (await background()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Sets globalThis.peerlensScoreAt to the page's clock at the first frame with a score on screen. */
const SCORE_LOOKOUT = `(() => {
  const look = () => {
    if (document.querySelector('[data-testid="score"], [data-testid="first-score"]')) globalThis.peerlensScoreAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

/** Opens the popup `count` times on the tab, one after the other, each after `before`. */
async function timedOpenings(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  count: number,
  before: () => Promise<void>,
): Promise<Openings> {
  const result: Openings = { shown: [], cold: [], steps: [], keptUsed: 0 };
  for (let i = 0; i < count; i++) {
    await before();
    const popup = await context.newPage();
    // The score of the popup's first paint (entrypoints/popup/FirstView.tsx) or of the whole report,
    // looked for at each frame from the page's start: a check injected after the page opened would
    // first look when a busy machine lets it, later than the score may have shown.
    // (As text: tsx would wrap a function's inner functions in a helper the page does not have.)
    await popup.addInitScript({ content: SCORE_LOOKOUT });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
    const at = await popup.waitForFunction(() => (globalThis as unknown as { peerlensScoreAt?: number }).peerlensScoreAt, undefined, {
      timeout: 30_000,
    });
    result.shown.push((await at.jsonValue()) as number);
    // The worker starts once the first report is in (entrypoints/popup/first-check.ts): wait for it.
    const warm = await popup
      .waitForFunction(
        () =>
          performance
            .getEntriesByName('peerlens:analyze')
            .filter((e) => (e as PerformanceMeasure).detail?.kind === 'warm')
            .map((e) => e.duration)[0],
        undefined,
        { timeout: 15_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => NaN);
    result.cold.push(warm);
    result.steps.push(await popup.evaluate(stepsInPopup));
    if (await popup.evaluate(() => performance.getEntriesByName('peerlens:kept-report').length > 0)) result.keptUsed++;
    await popup.close();
  }
  return result;
}

/** null when there is no build or no Chromium. `buildDir`: another build to time (bench/popup-only.ts compares builds). */
export async function popupOpenToScore(
  html: string,
  words: number,
  openings: number,
  buildDir = BUILD_DIR,
): Promise<PopupResult | null | string> {
  if (!existsSync(join(buildDir, 'manifest.json'))) return null;
  if (!existsSync(CHROMIUM)) return `no ${CHROMIUM}`;
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/posting.html`;
  const extensionDir = await extensionCopy(buildDir, ['http://127.0.0.1/*']);
  const profile = await mkdtemp(join(tmpdir(), 'peerlens-bench-profile-'));
  const context = await launchWithExtension(profile, extensionDir);
  try {
    const extensionId = new URL((await backgroundOf(context)).url()).host;
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    const tabId = await tabIdOf(context, pageUrl);
    const cdp = await context.newCDPSession(page);
    const open = (count: number, before: () => Promise<void>) => timedOpenings(context, extensionId, tabId, count, before);
    const forget = () => forgetKeptReports(context);
    // The first opening also installs the content script and warms the browser's caches: untimed.
    await open(1, async () => undefined);
    const fresh = await open(openings, forget);
    const again = await open(openings, async () => undefined);
    const asleep = await open(openings, async () => {
      await forget();
      await stopBackground(cdp);
    });
    return {
      page: 'examples/peer-support-specialist.html',
      words,
      scoreShown: summarize(fresh.shown),
      workerColdStart: summarize(fresh.cold.filter(Number.isFinite)),
      steps: medianSteps(fresh.steps),
      reopened: { scoreShown: summarize(again.shown), keptReportsUsed: again.keptUsed, steps: medianSteps(again.steps) },
      backgroundAsleep: { scoreShown: summarize(asleep.shown), steps: medianSteps(asleep.steps) },
    };
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
    await rm(extensionDir, { recursive: true, force: true });
  }
}
