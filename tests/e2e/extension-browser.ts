// Debian's Chromium with a copy of the built extension loaded: shared by the e2e fixtures and
// the bench's popup timing (bench/popup-open.ts).
import { chromium, type BrowserContext } from '@playwright/test';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * A copy of the built extension that may also read `hosts`. The shipped manifest has no host
 * permission: it relies on activeTab, which Chrome grants when the user clicks the toolbar
 * button or the context menu. Playwright cannot click browser UI, so the copy stands in for
 * that grant on the given hosts only; everything else is the shipped build.
 */
export async function extensionCopy(buildDir: string, hosts: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'peerlens-ext-'));
  await cp(buildDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}

/**
 * Chromium in new headless mode, with only `extensionDir` loaded and no host name resolving but
 * 127.0.0.1. With `display` (an X display, such as a virtual one), it opens windows there instead.
 */
export function launchWithExtension(profile: string, extensionDir: string, display?: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // new headless is asked for below; Playwright's flag would add the old one
    ignoreDefaultArgs: ['--disable-extensions'],
    ...(display ? { env: { ...process.env, DISPLAY: display } } : {}),
    args: [
      ...(display ? [] : ['--headless=new']),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Defence in depth: no host name resolves, so nothing could leave even if asked for.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
    viewport: { width: 1200, height: 900 },
  });
}
