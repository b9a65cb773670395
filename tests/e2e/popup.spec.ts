// The popup itself: it paints before the analysis of a long page is done, its first paint of a
// score is the report's own and hands over to the report UI cleanly, it re-scores at once when the category is corrected, it shows the report it kept when opened again on the same
// posting, it passes axe-core, and its honest empty states.
import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { readReport } from './report-helpers.js';

test('the first paint does not wait for the analysis of a long page', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('generated/large-posting.html?sections=400');
  const popup = await openPopup(tabId);
  // The spinner is up while the worker analyzes; the report replaces it.
  await expect(popup.getByTestId('busy')).toBeVisible();
  await readReport(popup);
  const timings = await popup.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    now: performance.now(),
  }));
  expect(timings.firstPaint).toBeLessThan(timings.now);
});

test('the score is on screen before the findings are marked on the page', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('boards/linkedin.html');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await expect.poll(() => popup.evaluate(() => performance.getEntriesByName('peerlens:highlight').length)).toBe(1);
  const order = await popup.evaluate(() => {
    const shown = performance.getEntriesByName('peerlens:score-shown')[0]!;
    const marked = performance.getEntriesByName('peerlens:highlight')[0]!;
    return {
      shown: shown.startTime,
      markingDone: marked.startTime + marked.duration,
      marks: (marked as PerformanceMeasure).detail.marks as number,
    };
  });
  // The page was marked (so there was a round trip to wait for), and the score did not wait for it.
  expect(order.marks).toBeGreaterThan(0);
  expect(order.shown).toBeLessThanOrEqual(order.markingDone);
});

test("the score and verdict drawn before the report UI has loaded are the report's own, and the report takes their place with no spinner between", async ({
  openFixture,
  context,
  extensionId,
}) => {
  const { tabId } = await openFixture('boards/linkedin.html');
  const popup = await context.newPage();
  // What the popup shows after each change of its page, from its first one.
  await popup.addInitScript(() => {
    const seen: { firstScore?: string; firstVerdict?: string; score?: string; busy: boolean; liveInFirst: number }[] = [];
    (globalThis as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      const text = (selector: string) => document.querySelector(selector)?.textContent ?? undefined;
      const first = document.querySelector('[data-testid="first-view"]');
      seen.push({
        firstScore: text('[data-testid="first-view"] [data-testid="first-score"]'),
        firstVerdict: text('[data-testid="first-view"] [data-testid="verdict"] h2'),
        score: text('[data-testid="score"]'),
        busy: document.querySelector('[data-testid="busy"]') !== null,
        liveInFirst: first ? first.querySelectorAll('[aria-live], [role="status"], [role="alert"]').length : 0,
      });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  // The UI loads after the first paint (a test hook), so the hand-over happens in every run.
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&first-view=wait`);
  const report = await readReport(popup);
  const verdict = await popup.getByTestId('verdict').locator('h2').textContent();
  const seen = await popup.evaluate(() => (globalThis as unknown as { seen: Record<string, unknown>[] }).seen);
  const firstShown = seen.findIndex((s) => s.firstScore !== undefined);
  expect(firstShown, 'the first paint drew a score').toBeGreaterThanOrEqual(0);
  expect(await popup.evaluate(() => performance.getEntriesByName('peerlens:first-view').length)).toBe(1);
  for (const s of seen.slice(firstShown)) {
    // One score on screen at every moment from then on, always the report's, and no spinner.
    expect([s.firstScore, s.score].filter((v) => v !== undefined)).toEqual([String(report.score)]);
    if (s.firstVerdict !== undefined) expect(s.firstVerdict).toBe(verdict);
    expect(s.busy).toBe(false);
    // Nothing in the first paint is announced: the report UI's own announcements are the only ones.
    expect(s.liveInFirst).toBe(0);
  }
  await expect(popup.getByTestId('first-view')).toHaveCount(0);
  expect(report.findings.length).toBeGreaterThan(0);
});

test('the popup reads the page and has it analyzed once, by the background, and starts its own worker after the first report', async ({
  openFixture,
  openPopup,
}) => {
  const { tabId } = await openFixture('boards/linkedin.html');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await expect
    .poll(() =>
      popup.evaluate(() => performance.getEntriesByName('peerlens:analyze').some((e) => (e as PerformanceMeasure).detail.kind === 'warm')),
    )
    .toBe(true);
  const seen = await popup.evaluate(() => {
    const analyses = performance.getEntriesByName('peerlens:analyze') as PerformanceMeasure[];
    const analysis = analyses.find((e) => e.detail.kind === 'analyze');
    return {
      reads: performance.getEntriesByName('peerlens:read').length,
      analyses: analyses.filter((e) => e.detail.kind === 'analyze').map((e) => e.detail.in ?? 'worker'),
      analysisDone: analysis ? analysis.startTime + analysis.duration : Infinity,
      workerStarted: analyses.find((e) => e.detail.kind === 'warm')?.startTime ?? -Infinity,
    };
  });
  // The check started before the UI loaded is the UI's first check, not a second one beside it.
  expect(seen.reads).toBe(1);
  expect(seen.analyses).toEqual(['background']);
  expect(seen.workerStarted).toBeGreaterThanOrEqual(seen.analysisDone);
});

test('opened again on the same posting, the popup shows the report it kept without analyzing; another page is analyzed', async ({
  openFixture,
  openPopup,
  server,
}) => {
  const { page, tabId } = await openFixture('boards/linkedin.html');
  const counts = (popup: Page) =>
    popup.evaluate(() => ({
      kept: performance.getEntriesByName('peerlens:kept-report').length,
      analyses: (performance.getEntriesByName('peerlens:analyze') as PerformanceMeasure[]).filter((e) => e.detail.kind === 'analyze')
        .length,
    }));
  const first = await openPopup(tabId);
  const report = await readReport(first);
  expect(await counts(first)).toEqual({ kept: 0, analyses: 1 });
  await first.close();

  const again = await openPopup(tabId);
  expect(await readReport(again)).toEqual(report);
  expect(await counts(again)).toEqual({ kept: 1, analyses: 0 });
  await again.close();

  await page.goto(server.url('boards/indeed.html'), { waitUntil: 'load' });
  const other = await openPopup(tabId);
  await readReport(other);
  expect(await counts(other)).toEqual({ kept: 0, analyses: 1 });
});

test('correcting the role category re-scores at once', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('boards/indeed.html');
  const popup = await openPopup(tabId);
  const before = await readReport(popup);
  const select = popup.getByLabel('Role category');
  await expect(select).not.toHaveValue('not-peer');

  expect(before.findings.length).toBeGreaterThan(0);
  await select.selectOption('not-peer');
  // Language only: the banner says so, and no role or lived-experience findings remain.
  await expect(popup.getByTestId('not-peer')).toBeVisible();
  await expect(popup.locator('.subscore').filter({ hasText: 'Peer role' })).toContainText('not scored');
  await expect(popup.locator('[data-testid="finding"] .family').filter({ hasText: /Peer role|Lived experience/ })).toHaveCount(0);
});

test('a page with no posting says so, with no score', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('generated/no-posting.html');
  const popup = await openPopup(tabId);
  await expect(popup.getByTestId('no-posting')).toBeVisible({ timeout: 30_000 });
  await expect(popup.getByTestId('score')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the popup has no serious accessibility violations (${colorScheme} theme)`, async ({ openFixture, openPopup }) => {
    const { tabId } = await openFixture('boards/linkedin.html');
    const popup = await openPopup(tabId);
    await popup.emulateMedia({ colorScheme });
    await readReport(popup);
    expect(await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      colorScheme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)',
    );
    const results = await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('screenshot of the popup in the dark theme (docs/popup-dark.png)', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('boards/linkedin.html');
  const popup = await openPopup(tabId);
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.setViewportSize({ width: 400, height: 600 });
  await readReport(popup);
  const docs = resolve(import.meta.dirname, '../../docs');
  await mkdir(docs, { recursive: true });
  await popup.screenshot({ path: resolve(docs, 'popup-dark.png') });
});

test('screenshot of the popup on a posting (docs/popup.png)', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('boards/linkedin.html');
  const popup = await openPopup(tabId);
  // A Chrome popup is at most 800 x 600; this is the first screen of it.
  await popup.setViewportSize({ width: 400, height: 600 });
  await readReport(popup);
  const docs = resolve(import.meta.dirname, '../../docs');
  await mkdir(docs, { recursive: true });
  await popup.screenshot({ path: resolve(docs, 'popup.png') });
});

test('"copy revised posting" copies the text with the suggestions applied', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('boards/linkedin.html');
  const popup = await openPopup(tabId);
  await readReport(popup);
  // Chromium will not grant clipboard-read to an extension origin here: catch what is written.
  await popup.evaluate(() => {
    navigator.clipboard.writeText = async (text: string) => {
      (window as unknown as { copied: string }).copied = text;
    };
  });
  await popup.getByTestId('copy-revised').click();
  await expect(popup.locator('.footer .status')).toHaveText('Revised text copied.');
  const revised = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
  expect(revised).toContain('Recovery Coach');
  expect(revised).not.toMatch(/\baddicts\b/);
  expect(revised).toContain('people with substance use disorders');
});

test('the job seeker sees the verdict first, and questions to ask below', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('boards/indeed.html');
  const popup = await openPopup(tabId);
  await readReport(popup);
  const verdict = popup.getByTestId('verdict');
  await expect(verdict).toBeVisible();
  await expect(verdict.locator('[data-verdict]')).toHaveAttribute('data-verdict', /^(peer-role|peer-role-with-concerns|peer-title-only)$/);
  await expect(verdict.locator('li').first()).toBeVisible();
  const first = await popup.evaluate(() => {
    const v = document.querySelector('[data-testid="verdict"]')!;
    const s = document.querySelector('[data-testid="score"]')!;
    return Boolean(v.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(first).toBe(true);
  await expect(popup.locator('.seeker-questions li').first()).toContainText('?');
});

test('a posting of a few lines gets a score, with a note that little was found', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('pages/short-posting.html');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await expect(popup.getByTestId('read-via')).toContainText(/little text/i);
  await expect(popup.getByTestId('verdict')).toContainText(/peer job/);
});

test('findings are grouped by family with counts, and notes can be folded away', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('boards/linkedin.html');
  const popup = await openPopup(tabId);
  const report = await readReport(popup);
  const groups = popup.getByTestId('family-group');
  let listed = 0;
  for (const group of await groups.all()) {
    const count = Number(/\((\d+)\)/.exec((await group.locator('h3').textContent()) ?? '')?.[1]);
    const family = await group.getAttribute('data-family');
    await expect(group.getByTestId('finding')).toHaveCount(count);
    for (const item of await group.getByTestId('finding').all()) await expect(item.locator('.family')).toHaveText(FAMILY_WORDS[family!]!);
    listed += count;
  }
  expect(listed).toBe(report.findings.length);

  const notes = popup.locator('[data-testid="finding"].severity-info');
  const before = await notes.count();
  expect(before, 'the posting has notes').toBeGreaterThan(0);
  await popup.getByTestId('fold-notes').click();
  await expect(notes).toHaveCount(0);
  await expect(popup.getByTestId('finding')).toHaveCount(report.findings.length - before);
  await expect(popup.getByTestId('fold-notes')).toHaveAttribute('aria-pressed', 'true');
  await popup.getByTestId('fold-notes').click();
  await expect(notes).toHaveCount(before);
});

const FAMILY_WORDS: Record<string, string> = { language: 'Language', role: 'Peer role', 'lived-experience': 'Lived experience' };

test('a document about peer work says so, and picking a category scores it as a peer posting', async ({ openFixture, openPopup }) => {
  const { tabId } = await openFixture('boards/agency-policy.html');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await expect(popup.getByTestId('category-hint')).toContainText('a document about peer work');
  await popup.getByLabel('Role category').selectOption('adult-mental-health');
  await expect(popup.getByTestId('category-hint')).toContainText('Your choice');
  await expect(popup.locator('.subscore').filter({ hasText: 'Lived experience' })).not.toContainText('not scored');
});
