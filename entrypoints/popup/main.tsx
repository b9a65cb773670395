// The analyzer's worker starts first, so it is ready by the time the page's text has been read;
// the report UI loads meanwhile.
import { render } from 'preact';
import { warmAnalyzer } from './analysis-client';
import './style.css';

warmAnalyzer();
const { App } = await import('./App');
render(<App mode="popup" />, document.getElementById('app')!);
