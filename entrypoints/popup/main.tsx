// The analyzer's worker starts first, so it is ready by the time the page's text has been read;
// the page is read and the report UI loads meanwhile.
import { render } from 'preact';
import { warmAnalyzer } from './analysis-client';
import './style.css';

warmAnalyzer();
// The tab is read while the report UI loads; the first check takes that reading over.
void import('./read-target').then((m) => m.startFirstReading());
const { App } = await import('./App');
render(<App mode="popup" />, document.getElementById('app')!);
