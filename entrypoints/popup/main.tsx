// The popup's script. The tab is read first and its text sent to the background's analyzer
// (first-check.ts). The header, verdict and score (FirstView.tsx, a small part of the UI, with
// Preact) come with this script and are drawn as soon as the report is in. The rest of the report
// UI loads after that paint: loading it takes the page's thread, which the answers of the reading
// and the background wait for. A report slow to come (a long text) waits at most READ_FIRST_MS
// after the start and UI_AFTER_MS after the read for the UI, so the popup is never blank for long.
import './style.css';
import { h, render } from 'preact';
import { firstReportMade, startFirstCheck } from './first-check';
import { FirstView } from './FirstView';

const READ_FIRST_MS = 50;
const UI_AFTER_MS = 100;
/** `?first-view=wait` (a test hook): the UI loads only after the first paint, so the tests see the hand-over every time. */
const waitForFirstView = new URLSearchParams(location.search).get('first-view') === 'wait';

const read = startFirstCheck();
await Promise.race([read, new Promise((resolve) => setTimeout(resolve, READ_FIRST_MS))]);
const root = document.getElementById('app')!;
let uiRendered = false;
const firstPaint = firstReportMade().then(async (first) => {
  if (!first || uiRendered) return;
  // Read by the browser tests and the bench.
  performance.mark('peerlens:first-view');
  render(h(FirstView, { reading: first.reading, report: first.report }), root);
  // Until the browser has painted it: loading the rest of the UI would hold the frame back.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
});
// The rest of the UI after the first paint (or UI_AFTER_MS after the read).
await Promise.race([firstPaint, ...(waitForFirstView ? [] : [new Promise((resolve) => setTimeout(resolve, UI_AFTER_MS))])]).catch(
  () => undefined,
);
const { App } = await import('./App');
uiRendered = true;
// When the report UI has loaded: read by the browser tests and the bench.
performance.mark('peerlens:ui-loaded');
render(h(App, { mode: 'popup' }), root);
