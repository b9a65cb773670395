// The popup's script. The tab is read first and its text sent to the background's analyzer
// (first-check.ts). Preact and the report UI load once the tab has been read: loading them takes
// the page's thread, which the answers of the reading wait for, and they are needed only when the
// report comes back. A page slow to read waits at most READ_FIRST_MS for them, so the popup is
// never blank for long.
import './style.css';

const READ_FIRST_MS = 50;

const { startFirstCheck } = await import('./first-check');
await Promise.race([startFirstCheck(), new Promise((resolve) => setTimeout(resolve, READ_FIRST_MS))]);
const [{ h, render }, { App }] = await Promise.all([import('preact'), import('./App')]);
// When the report UI has loaded: read by the browser tests and the bench.
performance.mark('peerlens:ui-loaded');
render(h(App, { mode: 'popup' }), document.getElementById('app')!);
