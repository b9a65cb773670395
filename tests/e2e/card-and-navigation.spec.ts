// What a page can and cannot do to PeerLens: the finding card is in a closed shadow root and
// answers only the user's own clicks; navigation events a page fires without changing its
// address do not clear the highlights or make PeerLens check the page again.
import type { Page } from '@playwright/test';
import { cardRoot, cardText, clickCardButton, scriptClickCardButton } from './closed-card.js';
import { expect, test } from './fixtures.js';
import { pageHighlights, readReport } from './report-helpers.js';

/** The middle of the first highlighted word, scrolled into view. */
async function firstHighlightPoint(page: Page): Promise<{ x: number; y: number }> {
  await expect.poll(async () => Object.values(await pageHighlights(page)).flat().length).toBeGreaterThan(0);
  return page.evaluate(() => {
    for (const name of ['peerlens-error', 'peerlens-warning', 'peerlens-info']) {
      for (const range of CSS.highlights.get(name) ?? []) {
        (range as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = (range as Range).getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error('no highlight');
  });
}

test('the card is closed to the page and ignores clicks a script makes', async ({ openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('boards/indeed.html');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await page.bringToFront();
  const point = await firstHighlightPoint(page);

  // A click the page fires on a highlighted word opens nothing (the handler runs synchronously).
  await page.evaluate(({ x, y }) => {
    document.elementFromPoint(x, y)!.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
  }, point);
  await expect(page.locator('peerlens-card')).toHaveCount(0);

  await page.mouse.click(point.x, point.y);
  await expect(page.locator('peerlens-card')).toHaveCount(1);
  expect(await cardText(page)).toBeTruthy();
  expect(await page.evaluate(() => document.querySelector('peerlens-card')!.shadowRoot)).toBeNull();
  expect((await cardRoot(page))?.shadowRootType).toBe('closed');

  // A script pressing the card's Close button does nothing; the user's click closes it.
  await scriptClickCardButton(page, /^Close$/);
  await expect(page.locator('peerlens-card')).toHaveCount(1);
  await clickCardButton(page, /^Close$/);
  await expect(page.locator('peerlens-card')).toHaveCount(0);
});

test('navigation events fired by the page, with no change of address, are ignored', async ({ context, extensionId, openFixture }) => {
  const { page, tabId } = await openFixture('boards/spa.html');
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  const first = await readReport(panel);
  const drawn = async () => Object.values(await pageHighlights(page)).flat().length;
  await expect.poll(drawn).toBeGreaterThan(0);
  const before = await drawn();

  await page.evaluate(() => {
    for (let i = 0; i < 200; i++) window.dispatchEvent(new CustomEvent('wxt:locationchange'));
  });
  // Past the settling time: the highlights are still there and the report is the same.
  await page.waitForTimeout(1500);
  expect(await drawn()).toBe(before);
  expect((await readReport(panel)).findings.map((f) => f.ruleId)).toEqual(first.findings.map((f) => f.ruleId));

  // A real change of address is still followed.
  await page.evaluate(() => {
    history.pushState({}, '', `${location.pathname}?job=BH-3322`);
    const view = document.querySelector('[data-rc="job-view"]')!;
    view.querySelector('ul')!.replaceChildren(
      ...['Offer one-on-one recovery coaching to addicts leaving detox.'].map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        return li;
      }),
    );
  });
  await expect.poll(async () => (await readReport(panel)).findings.map((f) => f.ruleId), { timeout: 20_000 }).toContain('addict-noun');
});
