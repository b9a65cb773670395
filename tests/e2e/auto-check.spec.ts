// Automatic checking on a job board the user allowed: opening a posting there is enough for
// the background worker to read it, score it (badge) and mark it on the page, with no click.
import { expect, test } from './fixtures.js';
import { badgeText, pageHighlights } from './report-helpers.js';

const POSTING = 'https://www.indeed.com/viewjob?jk=4f2a9c1d7e8b6a05';

test('a posting on an allowed board is checked when it opens', async ({ context, serveAs, serviceWorker }) => {
  await serveAs(POSTING, 'boards/indeed.html');
  const page = await context.newPage();
  await page.goto(POSTING);
  await expect.poll(async () => Object.values(await pageHighlights(page)).flat(), { timeout: 20_000 }).toContain('suffering from');
  const tabId = await serviceWorker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } };
    return (await chrome.tabs.query({ url }))[0]?.id ?? -1;
  }, POSTING);
  await expect.poll(() => badgeText(serviceWorker, tabId)).toMatch(/^\d{1,3}$/);
});
