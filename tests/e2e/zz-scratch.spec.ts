import { expect, test } from './fixtures.js';
import { openPopupWindow, resetClock } from './hostile-helpers.js';
import { readReport } from './report-helpers.js';

test('scratch: gaps', async ({ openFixture, context, serviceWorker, extensionId }) => {
  test.setTimeout(120_000);
  const { page, tabId } = await openFixture('hostile/many-nodes.html');
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    const w = window as any;
    w.gaps = []; w.lts = [];
    let last = performance.now();
    setInterval(() => { const t = performance.now(); if (t - last > 60) w.gaps.push([Math.round(last + performance.timeOrigin), Math.round(t - last)]); last = t; }, 10);
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.lts.push([Math.round(e.startTime + performance.timeOrigin), Math.round(e.duration)]); }).observe({ type: 'longtask' });
    w.vis = document.visibilityState;
  });
  await resetClock(page);
  const popup = await openPopupWindow(context, serviceWorker, extensionId, tabId);
  await readReport(popup);
  await page.waitForTimeout(300);
  console.log(JSON.stringify(await page.evaluate(() => ({ gaps: (window as any).gaps, lts: (window as any).lts, vis: document.visibilityState }))));
  console.log(JSON.stringify(await popup.evaluate(() => performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.startTime + performance.timeOrigin), Math.round(m.duration), (m as any).detail]))));
  expect(1).toBe(1);
});
