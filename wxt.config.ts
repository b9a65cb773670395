import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT 0.20.x (0.21 needs Node 22). Preact through its Vite preset; the polyfill module
// points `wxt/browser` at webextension-polyfill so Chrome and Firefox share one promise API.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false })],
  }),
  manifest: {
    name: 'PeerLens',
    description:
      'Checks peer-support job postings for stigmatizing language, peer-role consistency and lived-experience requirements. Runs locally; sends nothing.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
  },
});
