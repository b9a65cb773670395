// The popup's script. The analysis worker was started by popup-start.js (before this script);
// here the tab is read and sent to it (first-check.ts), and only then do Preact and the report
// UI load: they are needed once the report comes back, and loading them first would delay the
// reading on a busy machine.
import { warmAnalyzer } from './analysis-client';
import './style.css';

warmAnalyzer();
const { startFirstCheck } = await import('./first-check');
startFirstCheck();
const [{ h, render }, { App }] = await Promise.all([import('preact'), import('./App')]);
// When the report UI has loaded: read by the browser tests and the bench.
performance.mark('peerlens:ui-loaded');
render(h(App, { mode: 'popup' }), document.getElementById('app')!);
