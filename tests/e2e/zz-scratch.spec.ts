import { expect, test } from './fixtures.js';
import { openPopupWindow } from './hostile-helpers.js';

test('scratch: mb', async ({ openFixture, context, serviceWorker, extensionId }) => {
  test.setTimeout(120_000);
  const { page, tabId } = await openFixture('hostile/megabyte.html');
  await page.waitForTimeout(500);
  await page.evaluate(() => { const w = window as any; w.lts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) w.lts.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask' }); });
  const popup = await openPopupWindow(context, serviceWorker, extensionId, tabId);
  for (let i = 0; i < 12; i++) {
    await popup.waitForTimeout(3000);
    console.log(i, JSON.stringify(await popup.evaluate(() => [document.querySelector('[data-testid="busy"]')?.textContent, document.querySelectorAll('[data-testid="finding"]').length, performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.startTime), Math.round(m.duration), (m as any).detail])])));
    console.log('page lts', JSON.stringify(await page.evaluate(() => (window as any).lts)));
  }
  expect(1).toBe(1);
});
