// Firefox: a posting on a job board the user allowed is read, scored (badge) and marked when it
// opens, with no click. The board's address is answered by the test (request interception), so
// nothing is fetched.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { highlightsInPage } from '../report-helpers.js';
import { expect, test } from './firefox-fixtures.js';

const POSTING = 'https://www.indeed.com/viewjob?jk=4f2a9c1d7e8b6a05';

test('a posting on an allowed board is checked when it opens', async ({ firefox }) => {
  const body = await readFile(resolve(import.meta.dirname, '../../fixtures/boards/indeed.html'), 'utf8');
  const page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === POSTING) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    else void request.abort();
  });
  await page.goto(POSTING);
  await expect
    .poll(async () => Object.values(await page.evaluate(highlightsInPage)).flat(), { timeout: 20_000 })
    .toContain('suffering from');
  await expect.poll(() => firefox.bridge<string>(page, 'badge-text')).toMatch(/^\d{1,3}$/);
});
