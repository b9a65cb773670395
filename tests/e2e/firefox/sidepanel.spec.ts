// Firefox: the side panel's page follows its tab; when a single-page app swaps the posting
// (history.pushState, no page load), the page is read and checked again. The page is opened as a
// tab next to the posting: no driver can open Firefox's sidebar, and the sidebar shows this page.
import type { Page } from 'puppeteer-core';
import { routeToAnotherJobInPage } from '../page-actions.js';
import { shownFindingsInPage } from '../report-helpers.js';
import { expect, test } from './firefox-fixtures.js';

async function ruleIds(panel: Page): Promise<string[]> {
  await panel.waitForSelector('[data-testid="score"]', { timeout: 30_000 });
  return (await panel.evaluate(shownFindingsInPage)).map((f) => f.ruleId);
}

test('a single-page-app navigation re-reads and re-checks the posting', async ({ firefox }) => {
  const page = await firefox.openFixture('boards/spa.html');
  const panel = await firefox.openExtensionPage(page, '/sidepanel.html', { withTab: true });
  expect(await ruleIds(panel)).toContain('duty-diagnose');

  await page.evaluate(routeToAnotherJobInPage);
  await expect.poll(() => ruleIds(panel), { timeout: 20_000 }).toContain('addict-noun');
  expect(await ruleIds(panel)).not.toContain('duty-diagnose');
});
