// Renders the toolbar and store icons (public/icon/<size>.png) from their drawings in
// assets/icon/ with Debian's Chromium: the small drawing for 16 and 32 px, the full one for 48
// and 128 px. Run after changing a drawing: node scripts/render-icons.mjs
import { chromium } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [
  { size: 16, drawing: 'peerlens-small.svg' },
  { size: 32, drawing: 'peerlens-small.svg' },
  { size: 48, drawing: 'peerlens.svg' },
  { size: 128, drawing: 'peerlens.svg' },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  await mkdir(`${root}public/icon`, { recursive: true });
  for (const { size, drawing } of SIZES) {
    const svg = await readFile(`${root}assets/icon/${drawing}`, 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.locator('svg').screenshot({ path: `${root}public/icon/${size}.png`, omitBackground: true });
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
