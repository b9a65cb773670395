// The side panel follows its tab: when a single-page app swaps the posting (history.pushState,
// no page load), the page is read and checked again.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { routeToAnotherJobInPage } from './page-actions.js';
import { readReport } from './report-helpers.js';

async function ruleIds(panel: Page): Promise<string[]> {
  return (await readReport(panel)).findings.map((f) => f.ruleId);
}

test('a single-page-app navigation re-reads and re-checks the posting', async ({ context, extensionId, openFixture }) => {
  const { page, tabId } = await openFixture('boards/spa.html');
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  expect(await ruleIds(panel)).toContain('duty-diagnose');

  // The app routes to another job: new address, new description, same document.
  await page.evaluate(routeToAnotherJobInPage);

  await expect.poll(() => ruleIds(panel), { timeout: 20_000 }).toContain('addict-noun');
  expect(await ruleIds(panel)).not.toContain('duty-diagnose');
});
