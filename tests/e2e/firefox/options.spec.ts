// Firefox: importing settings on the options page (a good file takes effect in the next check; a
// malformed one is refused with its reason and changes nothing), and the privacy policy link.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { shownFindingsInPage } from '../report-helpers.js';
import { BAD_SEVERITY_SETTINGS, GOOD_SETTINGS } from '../settings-files.js';
import { expect, test } from './firefox-fixtures.js';

let files: string;
test.beforeAll(async () => {
  files = await mkdtemp(join(tmpdir(), 'peerlens-ff-import-'));
});
test.afterAll(async () => {
  await rm(files, { recursive: true, force: true });
});

async function importFile(options: Page, name: string, contents: string): Promise<void> {
  const path = join(files, name);
  await writeFile(path, contents);
  const input = (await options.$('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

const attribute = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (el, n) => el.getAttribute(n), name).catch(() => null);
const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');
const count = (page: Page, selector: string) => page.$$eval(selector, (els) => els.length);

test('a good import takes effect; a malformed one is refused and leaves settings as they were', async ({ firefox }) => {
  const posting = await firefox.openFixture('boards/indeed.html');
  const options = await firefox.openExtensionPage(posting, '/options.html');
  await options.waitForSelector('[data-testid="no-terms"]');

  await importFile(options, 'good.json', JSON.stringify(GOOD_SETTINGS));
  await expect.poll(() => attribute(options, '[data-testid="import-result"]', 'data-ok')).toBe('true');
  await expect.poll(() => count(options, '[data-testid="term-row"]')).toBe(1);
  const afterGood = await firefox.bridge<unknown>(posting, 'stored-settings');
  expect(afterGood).toMatchObject({ customTerms: [{ term: 'treatment team', suggestion: 'care team' }] });

  // The organization's term is flagged in the next check.
  const popup = await firefox.openPopup(posting);
  await popup.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  const custom = (await popup.evaluate(shownFindingsInPage)).find((f) => f.ruleId.startsWith('custom-'));
  expect(custom, 'the custom term is found').toBeTruthy();
  expect(custom!.text.toLowerCase()).toBe('treatment team');

  // A wrong severity: refused, with the field named, and nothing changes.
  await options.bringToFront();
  await importFile(options, 'bad.json', JSON.stringify(BAD_SEVERITY_SETTINGS));
  await expect.poll(() => attribute(options, '[data-testid="import-result"]', 'data-ok')).toBe('false');
  expect(await attribute(options, '[data-testid="import-result"]', 'role')).toBe('alert');
  expect(await text(options, '[data-testid="import-result"]')).toContain('term 1 → severity');
  expect(await count(options, '[data-testid="term-row"]')).toBe(1);
  expect(await firefox.bridge(posting, 'stored-settings')).toEqual(afterGood);

  // Not JSON at all: the same.
  await importFile(options, 'broken.json', '{ "customTerms": [ ');
  await expect.poll(() => text(options, '[data-testid="import-result"]')).toContain('not valid JSON');
  expect(await firefox.bridge(posting, 'stored-settings')).toEqual(afterGood);
});

test('the options page links to the privacy policy, a page of the extension', async ({ firefox }) => {
  const posting = await firefox.openFixture('boards/indeed.html');
  const options = await firefox.openExtensionPage(posting, '/options.html');
  const href = await options.$eval('[data-testid="privacy-link"]', (a) => (a as HTMLAnchorElement).href);
  expect(href).toMatch(/^moz-extension:\/\/[^/]+\/privacy\.html$/);
  await options.click('[data-testid="privacy-link"]');
  // The link opens the page in a new tab. WebDriver BiDi does not report a tab opened from an
  // extension page, so the browser's tab list shows it, and the extension opens one to read.
  await expect.poll(() => firefox.bridge<string[]>(posting, 'tab-urls')).toContain(href);
  const privacy = await firefox.openExtensionPage(posting, '/privacy.html');
  expect(await privacy.$eval('h1', (h) => h.textContent)).toBe('PeerLens privacy policy');
  expect(await privacy.evaluate(() => document.body.innerText)).toContain('PeerLens sends nothing anywhere');
});
