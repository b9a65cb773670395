// The popup's script. Before anything else, the analyzer's worker starts and the tab is read and
// sent to it (first-check.ts); Preact and the report UI load meanwhile.
import { warmAnalyzer } from './analysis-client';
import './style.css';

warmAnalyzer();
const first = import('./first-check').then(({ startFirstCheck }) => startFirstCheck());
const [{ h, render }, { App }] = await Promise.all([import('preact'), import('./App'), first]);
// When the report UI has loaded: read by the browser tests and the bench.
performance.mark('peerlens:ui-loaded');
render(h(App, { mode: 'popup' }), document.getElementById('app')!);
