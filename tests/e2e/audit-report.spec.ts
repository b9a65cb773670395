// The audit's HTML report in Chromium: it opens from a file with no request but the
// file itself, reads without JavaScript, its table sorts by a click on a column heading, and a
// screenshot of it goes to docs/audit-report.png.
// Run: npx playwright test tests/e2e/audit-report.spec.ts  (builds the CLI bundle itself)
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { makeFixtureTree, type FixtureTree } from '../audit/fixture-tree.js';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

// A plain browser (Debian's Chromium, new headless) that could not reach the network anyway.
test.use({
  headless: false,
  viewport: { width: 1100, height: 1500 },
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
  },
});

let tree: FixtureTree;
let reportUrl: string;

test.beforeAll(async () => {
  tree = await makeFixtureTree();
  const report = join(tree.root, 'report.html');
  await run(process.execPath, ['scripts/build-cli.mjs', '--outdir=dist/audit-e2e'], { cwd: ROOT });
  await run(process.execPath, ['dist/audit-e2e/cli.mjs', 'audit', tree.agency, join(ROOT, 'examples'), '--out', report, '--jobs', '1'], {
    cwd: ROOT,
  });
  reportUrl = pathToFileURL(report).href;
});

test.afterAll(async () => {
  await rm(tree.root, { recursive: true, force: true });
});

const scoreColumn = (page: Page): Promise<string[]> =>
  page.$$eval('#documents tbody tr', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[1]!.dataset['value'] ?? ''));

const numbers = (values: string[]): number[] => values.filter((v) => v !== '').map(Number);

test('the audit report opens offline and sorts its table by score', async ({ page }) => {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  }); // CSP violations land here
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(reportUrl);

  await expect(page.getByRole('heading', { name: 'PeerLens audit report' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Documents by score' })).toBeVisible();
  const initial = await scoreColumn(page);
  expect(initial).toHaveLength(tree.expected.documents + 2); // + the two examples
  expect(numbers(initial)).toEqual([...numbers(initial)].sort((a, b) => a - b));

  const scoreHeading = page.locator('#documents th', { hasText: 'Score' });
  await scoreHeading.getByRole('button').click();
  await expect(scoreHeading).toHaveAttribute('aria-sort', 'descending');
  const descending = await scoreColumn(page);
  expect(numbers(descending)).toEqual([...numbers(initial)].sort((a, b) => b - a));
  expect(descending.slice(-3)).toEqual(['', '', '']); // unreadable documents stay last

  await scoreHeading.getByRole('button').click();
  await expect(scoreHeading).toHaveAttribute('aria-sort', 'ascending');
  expect(await scoreColumn(page)).toEqual(initial);

  // A row's link leads to that document's findings, each quoted in its sentence.
  await page.locator('#documents tbody tr a').first().click();
  await expect(page.locator('.doc-section:target mark').first()).toBeVisible();

  expect(problems).toEqual([]);
  expect(requests.every((url) => url.startsWith('file://'))).toBe(true);

  // The screenshot: summary, chart, issues and the sorted table (the per-document part follows).
  await page.goto(reportUrl);
  await scoreHeading.getByRole('button').click();
  const bottom = await page.evaluate(() => document.querySelector('#documents')!.getBoundingClientRect().bottom + window.scrollY);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: join(ROOT, 'docs/audit-report.png'),
    fullPage: true,
    clip: { x: 0, y: 0, width: 1085, height: Math.ceil(bottom + 16) },
  });
  await page
    .locator('.doc-section')
    .nth(1)
    .screenshot({ path: join(test.info().outputDir, 'document-section.png') });
});

test('the audit report reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(reportUrl);
  await expect(page.locator('#documents tbody tr')).toHaveCount(tree.expected.documents + 2);
  await expect(page.locator('.doc-section')).toHaveCount(tree.expected.documents + 2);
  await context.close();
});

test('the audit report fits a phone’s width and prints one document a page, links spelled out', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto(reportUrl);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // each table cell says which column it is once the heading row is out of sight
  await expect(page.locator('#documents tbody tr').first().locator('td[data-label="Score"]')).toBeVisible();
  await page.screenshot({
    path: join(ROOT, 'docs/audit-report-360px.png'),
    clip: { x: 0, y: 0, width: 360, height: 1400 },
    fullPage: true,
  });

  await page.emulateMedia({ media: 'print' });
  const breaks = await page.$$eval('.doc-section', (sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(new Set(breaks)).toEqual(new Set(['page']));
  const printedLink = await page.$eval('.source a[href^="http"]', (a) => getComputedStyle(a, '::after').content);
  expect(printedLink).toContain('http');
  await page.pdf({ path: join(ROOT, 'docs/audit-report-print.pdf'), format: 'A4', printBackground: true });
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the audit report follows the ${colorScheme} theme and passes axe`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(reportUrl);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)',
    );
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      ),
    ).toEqual([]);
  });
}
