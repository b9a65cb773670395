// Highlights in the page: every finding listed as "on the page" is drawn with the CSS Custom
// Highlight API over exactly its text; choosing it in the popup scrolls to it and marks it;
// clicking it in the page opens the card; the page's own DOM is left as it was.
import { expect, test } from './fixtures.js';
import { cardButtons, cardLinks, cardText } from './closed-card.js';
import { badgeText, pageHighlights, readReport, squash, waitForMarks } from './report-helpers.js';

const norm = (s: string) => squash(s).toLowerCase();

test('findings are drawn over their own text, and the badge shows the score', async ({ openFixture, openPopup, serviceWorker }) => {
  const { page, tabId } = await openFixture('boards/indeed.html');
  const domBefore = await page.evaluate(() => document.body.innerHTML);
  const popup = await openPopup(tabId);
  const report = await readReport(popup);

  const onPage = await popup.locator('[data-testid="finding"]:has([data-testid="finding-text"])').evaluateAll((items) =>
    items.map((item) =>
      item
        .querySelector('[data-testid="finding-text"]')!
        .textContent!.replace(/\s*\(show on the page\)\s*$/, '')
        .replace(/^“|”$/g, ''),
    ),
  );
  expect(onPage.length, 'findings marked on the page').toBeGreaterThan(0);
  const highlights = await pageHighlights(page);
  const drawn = [...highlights['peerlens-error']!, ...highlights['peerlens-warning']!, ...highlights['peerlens-info']!];
  // Findings on overlapping words share one mark: each finding lies in exactly one drawn mark,
  // and each mark is made of findings.
  const marks = drawn.map(norm);
  for (const text of onPage.map(norm)) expect(marks.filter((m) => m.includes(text)).length, `a mark over “${text}”`).toBeGreaterThan(0);
  for (const mark of marks)
    expect(
      onPage.map(norm).some((text) => mark.includes(text)),
      `findings under “${mark}”`,
    ).toBe(true);
  expect(marks.length).toBeLessThanOrEqual(onPage.length);

  expect(await page.evaluate(() => document.body.innerHTML), 'the page DOM is not rewritten').toBe(domBefore);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toBe(String(report.score));
});

test('choosing a finding scrolls to it and marks it; clicking it in the page opens its card', async ({ openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('generated/large-posting.html?sections=60');
  const popup = await openPopup(tabId);
  await readReport(popup);

  // The last finding on the page with suggestions is far below the fold.
  const item = popup.locator('[data-testid="finding"]:has([data-testid="finding-text"]):has(.suggestion)').last();
  const text = (await item.getByTestId('finding-text').textContent())!.replace(/\s*\(show on the page\)\s*$/, '').replace(/^“|”$/g, '');
  const message = (await item.locator('.message').textContent())!;
  expect(await item.locator('.source').first().textContent()).not.toMatch(/\bL\d+|\bline \d/);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await item.getByTestId('finding-text').focus();
  await popup.keyboard.press('Enter'); // keyboard works as well as a click

  await expect.poll(async () => (await pageHighlights(page))['peerlens-current']).toEqual([expect.any(String)]);
  // The chosen finding, or the mark it shares with findings on overlapping words.
  expect(norm((await pageHighlights(page))['peerlens-current']![0]!)).toContain(norm(text));
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  const inView = await page.evaluate(() => {
    const range = [...CSS.highlights.get('peerlens-current')!][0] as Range;
    const rect = range.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= innerHeight;
  });
  expect(inView, 'the chosen finding is in view').toBe(true);
  await expect.poll(() => cardText(page)).toContain(message);

  // Clicking a highlighted span in the page opens its card (and Escape closes it).
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect(page.locator('peerlens-card')).toHaveCount(0);
  const point = await page.evaluate(() => {
    const range = [...CSS.highlights.get('peerlens-current')!][0] as Range;
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  const card = page.locator('peerlens-card');
  await expect.poll(() => cardText(page)).toContain(message);
  expect(await cardButtons(page)).toContainEqual(expect.stringMatching(/^Copy/));
  // the card names its source as a reader can look it up: no line numbers of PeerLens's copies
  expect(await cardText(page)).toMatch(/Source: \S/);
  expect(await cardText(page)).not.toMatch(/\bL\d+|\bline \d/);
  // and links it, to open in a new tab that learns nothing of the page
  const links = await cardLinks(page);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });
    expect(link.href).toMatch(/^https?:\/\//);
    expect(await cardText(page)).toContain(`Source: ${link.text}`);
  }
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

test('the keyboard moves from mark to mark on a page, each card taking the keyboard', async ({ openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('boards/indeed.html');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await waitForMarks(popup);
  await page.bringToFront();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  const card = page.locator('peerlens-card');
  await expect(card).toHaveCount(1);
  const first = (await pageHighlights(page))['peerlens-current']![0]!;
  expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('peerlens-card');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(async () => (await pageHighlights(page))['peerlens-current']![0]).not.toBe(first);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(async () => (await pageHighlights(page))['peerlens-current']![0]).toBe(first);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});
