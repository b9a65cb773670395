import { expect, test } from './fixtures.js';

test('scratch: overrides', async ({ openFixture }) => {
  const { page } = await openFixture('hostile/overrides.html');
  await page.waitForTimeout(500);
  console.log('A', await page.evaluate('JSON.stringify === undefined ? 0 : Object.getOwnPropertyNames(window.pageOverrides).join(",") + "=" + window.pageOverrides.count'));
  await page.locator('#page-clock').textContent();
  console.log('B', await page.evaluate('Object.getOwnPropertyNames(window.pageOverrides).join(",") + "=" + window.pageOverrides.count'));
  await page.locator('body').innerHTML();
  console.log('C', await page.evaluate('Object.getOwnPropertyNames(window.pageOverrides).join(",") + "=" + window.pageOverrides.count'));
  expect(1).toBe(1);
});
