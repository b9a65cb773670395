// The images the store listings ask for, made from the built extension on the fixture pages
// (docs/store/): 1280 x 800 screenshots for the Chrome Web Store and addons.mozilla.org, and the
// Chrome Web Store's 440 x 280 promo tile. Each is checked for its size.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { cardButtons } from './closed-card.js';
import { expect, test } from './fixtures.js';
import { readReport } from './report-helpers.js';

const STORE = resolve(import.meta.dirname, '../../docs/store');
const ICON = resolve(import.meta.dirname, '../../public/icon/128.png');

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** Width and height from a PNG's header, and whether it has an alpha channel (the Chrome Web Store wants none). */
function pngInfo(png: Buffer): { width: number; height: number; alpha: boolean } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), alpha: png[25] === 4 || png[25] === 6 };
}

/** Lays the popup over the page where a browser shows it (below the toolbar, at the right). */
async function composite(stage: Page, name: string, pageShot: Buffer, popupShot: Buffer, caption: string): Promise<void> {
  await stage.setViewportSize({ width: 1280, height: 800 });
  await stage.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;overflow:hidden;font:15px system-ui,sans-serif;background:#fff">
    <img src="${dataUrl(pageShot)}" style="position:absolute;left:0;top:0;width:1280px;height:800px">
    <img src="${dataUrl(popupShot)}" style="position:absolute;right:24px;top:16px;width:400px;border:1px solid #9ca3af;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.28)">
    <div style="position:absolute;left:24px;bottom:20px;background:#0a4f4a;color:#fff;padding:8px 14px;border-radius:6px">${caption}</div>
  </body></html>`);
  await stage.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  await save(name, await stage.screenshot());
}

async function save(name: string, png: Buffer): Promise<void> {
  await mkdir(STORE, { recursive: true });
  await writeFile(resolve(STORE, name), png);
  const info = pngInfo(png);
  expect(info.alpha, `${name} has no alpha channel`).toBe(false);
  expect({ width: info.width, height: info.height }, name).toEqual(
    name.startsWith('promo-small') ? { width: 440, height: 280 } : { width: 1280, height: 800 },
  );
}

test('screenshot: the popup on a job-board posting, findings highlighted in the page', async ({ context, openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('boards/linkedin.html');
  await page.setViewportSize({ width: 1280, height: 800 });
  const popup = await openPopup(tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await readReport(popup);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  const popupShot = await popup.screenshot();
  await page.bringToFront();
  const pageShot = await page.screenshot();
  await composite(
    await context.newPage(),
    'screenshot-1-popup.png',
    pageShot,
    popupShot,
    'Score, sub-scores and every finding with its reason and the points it wins back',
  );
});

test('screenshot: a suggestion one click away in an editor', async ({ context, openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('editors/contenteditable.html');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.focus('#field');
  const popup = await openPopup(tabId);
  await popup.setViewportSize({ width: 400, height: 600 });
  await readReport(popup);
  const popupShot = await popup.screenshot();
  await page.bringToFront();
  // The first error highlighted in the field, once it is drawn; clicking it opens its card.
  let point: { x: number; y: number } | null = null;
  await expect
    .poll(async () => {
      point = await page.evaluate(() => {
        const range = [...(CSS.highlights.get('peerlens-error') ?? [])][0] as Range | undefined;
        const rect = range?.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      });
      return point;
    })
    .not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await expect.poll(() => cardButtons(page)).toContainEqual(expect.stringMatching(/^Replace with/));
  const pageShot = await page.screenshot();
  await composite(
    await context.newPage(),
    'screenshot-2-editor.png',
    pageShot,
    popupShot,
    'In an editor: apply a suggestion from the page or the popup; undo gives your text back',
  );
});

test('screenshot: the options page', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('no-terms')).toBeVisible();
  await save('screenshot-3-options.png', await options.screenshot());
});

test('promo tile (440 x 280)', async ({ context }) => {
  const stage = await context.newPage();
  await stage.setViewportSize({ width: 440, height: 280 });
  const icon = await readFile(ICON);
  await stage.setContent(`<!doctype html><html><body style="margin:0;width:440px;height:280px;overflow:hidden;background:#0a4f4a;color:#fff;font-family:system-ui,sans-serif;display:flex;align-items:center;gap:22px;padding:0 28px;box-sizing:border-box">
    <img src="${dataUrl(icon)}" width="112" height="112" alt="">
    <div><div style="font-size:34px;font-weight:700">PeerLens</div>
    <div style="font-size:17px;line-height:1.35;margin-top:8px">Is this a real peer job, and does it respect the people it serves?</div></div>
  </body></html>`);
  await stage.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  await save('promo-small-440x280.png', await stage.screenshot());
});
