// The side panel follows its tab: when a single-page app swaps the posting (history.pushState,
// no page load), the page is read and checked again.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
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
  await page.evaluate(() => {
    history.pushState({}, '', `${location.pathname}?job=BH-3322`);
    const view = document.querySelector('[data-rc="job-view"]')!;
    view.querySelector('h1')!.textContent = 'Recovery Coach – Outpatient Behavioral Health';
    const duties = view.querySelectorAll('ul')[0]!;
    duties.replaceChildren(
      ...['Offer one-on-one recovery coaching to addicts leaving detox.', 'Help people write their own recovery plans.'].map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  });

  await expect.poll(() => ruleIds(panel), { timeout: 20_000 }).toContain('addict-noun');
  expect(await ruleIds(panel)).not.toContain('duty-diagnose');
});
