import { defineConfig } from '@playwright/test';

// Browser tests of the built extension (`npm run build` first: they load .output/chrome-mv3 and
// .output/firefox-mv3; the package checks read the archives of `npm run zip`). Two projects:
// - chromium: Debian's Chromium in new headless mode, launched by tests/e2e/fixtures.ts, because
//   extensions need a persistent context;
// - firefox: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, launched by
//   tests/e2e/firefox/firefox-fixtures.ts (skipped with the reason where it is not installed);
// - package: the store archives (tests/e2e/extension-package.spec.ts), no browser.
// One worker, since the machine has 2 cores and each test owns a whole browser profile.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'chromium', testIgnore: ['firefox/**', 'extension-package.spec.ts'] },
    { name: 'firefox', testDir: 'tests/e2e/firefox' },
    // The store archives: static checks and web-ext lint, no browser.
    { name: 'package', testMatch: 'extension-package.spec.ts' },
  ],
  workers: 1,
  fullyParallel: false,
  // One retry on CI. A test that passes only on its retry is listed as flaky, so a flake is seen
  // rather than hidden; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    // For specs that use Playwright's own browser (the editor specs): the same Debian Chromium.
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
