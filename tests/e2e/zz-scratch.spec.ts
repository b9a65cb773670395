import { expect, test } from './fixtures.js';
import { readReport } from './report-helpers.js';

test('scratch: phases', async ({ openFixture, openPopup, context }) => {
  test.setTimeout(180_000);
  const { tabId } = await openFixture('generated/large-posting.html?sections=400');
  await context.addInitScript(() => {
    if (!location.href.startsWith('chrome-extension://')) return;
    const marks: Array<[string, number]> = [];
    (window as any).__marks = marks;
    new MutationObserver(() => {
      const t = document.querySelector('[data-testid="busy"]')?.textContent ?? (document.querySelector('[data-testid="score"]') ? 'score' : '');
      if (marks.length === 0 || marks[marks.length - 1]![0] !== t) marks.push([t, Math.round(performance.now())]);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const popup = await openPopup(tabId);
  await readReport(popup);
  console.log(JSON.stringify(await popup.evaluate(() => (window as any).__marks)));
  expect(1).toBe(1);
});
