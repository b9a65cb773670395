// Firefox: the page "Write a peer job description" runs its live check in the analysis worker
// and reads a category's example as a peer posting of that category.
import { expect, test } from './firefox-fixtures.js';

const text = (page: import('puppeteer-core').Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

test('the example for youth is checked live and passes', async ({ firefox }) => {
  const posting = await firefox.openFixture('boards/indeed.html');
  const builder = await firefox.openExtensionPage(posting, '/builder.html');
  await builder.waitForSelector('[data-testid="category-youth"]');
  await builder.click('[data-testid="category-youth"]');
  await builder.click('[data-testid="use-example"]');
  await expect.poll(() => text(builder, '[data-testid="live-state"]'), { timeout: 30_000 }).toBe('Up to date.');
  expect(Number(await text(builder, '[data-testid="live-score"]'))).toBeGreaterThanOrEqual(95);
  expect(await text(builder, '[data-testid="read-category"]')).toBe('Transition-age youth');
  expect(
    await builder.$$eval('[data-testid="live-finding"] .badge-error, [data-testid="live-finding"] .badge-warning', (els) => els.length),
  ).toBe(0);
});
