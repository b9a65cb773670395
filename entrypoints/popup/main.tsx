// The popup's script. The tab is read first and its text sent to the background's analyzer
// (first-check.ts). Preact and the report UI load once the tab has been read: loading them takes
// the page's thread, which the answers of the reading wait for, and they are needed only when the
// report comes back. A page slow to read waits at most READ_FIRST_MS for them, so the popup is
// never blank for long. The header, verdict and score (FirstView.tsx, a small part of the UI)
// load first: when the report is in before the whole UI has loaded, they are drawn at once, and
// the UI takes their place when it is ready.
import './style.css';

const READ_FIRST_MS = 50;
const UI_AFTER_MS = 100;
/** `?first-view=wait` (a test hook): the UI loads only after the first paint, so the tests see the hand-over every time. */
const waitForFirstView = new URLSearchParams(location.search).get('first-view') === 'wait';

import { h as firstH, render as firstRender } from 'preact';
import { firstReportMade, startFirstCheck } from './first-check';
import { FirstView } from './FirstView';

const read = startFirstCheck();
await Promise.race([read, new Promise((resolve) => setTimeout(resolve, READ_FIRST_MS))]);
const root = document.getElementById('app')!;
let uiRendered = false;
const firstPaint = firstReportMade().then(async (first) => {
  if (!first || uiRendered) return;
  // Read by the browser tests and the bench.
  performance.mark('peerlens:first-view');
  firstRender(firstH(FirstView, { reading: first.reading, report: first.report }), root);
  // Until the browser has painted it: loading the rest of the UI would hold the frame back.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
});
// The rest of the UI after the first paint: loading it takes the page's thread, which the
// background's answer and the first paint wait for. A report slow to come (a long text) waits at most UI_AFTER_MS.
await Promise.race([firstPaint, ...(waitForFirstView ? [] : [new Promise((resolve) => setTimeout(resolve, UI_AFTER_MS))])]).catch(
  () => undefined,
);
const [{ h, render }, { App }] = await Promise.all([import('preact'), import('./App')]);
uiRendered = true;
// When the report UI has loaded: read by the browser tests and the bench.
performance.mark('peerlens:ui-loaded');
render(h(App, { mode: 'popup' }), root);
