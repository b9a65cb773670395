import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { execFileSync } from 'node:child_process';
import { BOARD_ORIGINS } from './src/extension/settings/board-origins';
import { extensionPageShell } from './scripts/extension-build/page-shell';
import { storeFiles } from './scripts/extension-build/store-files';
import { zodWithoutCodegen } from './scripts/extension-build/zod-without-codegen';
import { withoutPureAnnotationsPlugin } from './scripts/extension-build/without-pure-annotations';

// Extension pages run only packaged code: no remote scripts, no eval, no plugins, and no
// network beyond the extension's own files (the analyzer never sends text anywhere).
// Toolbar and store icons, rendered from assets/icon/ by scripts/render-icons.mjs.
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
].join('; ');

// WXT 0.20.x (0.21 needs Node 22). Preact through its Vite preset; the polyfill module
// points `wxt/browser` at webextension-polyfill so Chrome and Firefox share one promise API.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources archive (for the Firefox review) holds what rebuilds the extension, not builds.
  zip: { excludeSources: ['dist/**', 'test-results/**', '.test-reports/**', 'docs/store/**'] },
  hooks: {
    // The licence and the privacy policy page go into every build, and so into the zips.
    'build:publicAssets': (wxt, files) => {
      files.push(...storeFiles(wxt.config.root));
    },
    // The analyzer ships the lexicons compiled at build time (scripts/compile-lexicons.ts).
    'build:before': () => {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/compile-lexicons.ts'], { stdio: 'inherit' });
    },
    // The injected script stays small (budget 40 KB): it only uses runtime messaging, which
    // behaves the same on chrome.* and browser.*, so it skips the 10 KB polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a) => a.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false }), zodWithoutCodegen(), extensionPageShell()],
    // The analyzer runs in a module worker started by the popup; keep it an ES module. Vite
    // builds workers with their own plugin list.
    worker: { format: 'es', plugins: () => [zodWithoutCodegen(), withoutPureAnnotationsPlugin()] },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'PeerLens',
    // At most 132 characters (the Chrome Web Store's limit; tests/e2e/extension-package.spec.ts).
    description:
      'Checks peer-support job postings for stigmatizing language, peer-role consistency and lived-experience requirements. Sends nothing.',
    // No host permissions by default: the page is read only after the user clicks the
    // toolbar button or the context menu (activeTab). sidePanel is added by WXT for Chrome.
    icons: ICONS,
    action: { default_icon: ICONS },
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    optional_host_permissions: [...BOARD_ORIGINS],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // A keyboard shortcut to check the page; people change it in the browser's shortcut settings
    // (chrome://extensions/shortcuts, about:addons). Pressing it grants activeTab like a click.
    commands: {
      'check-page': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Check this page with PeerLens',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'peerlens@peerlens.extension',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from version 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
