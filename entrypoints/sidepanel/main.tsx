// The side panel (Chrome) or sidebar (Firefox): the popup's report, following the active tab.
// As in the popup, the analyzer's worker starts before the report UI has loaded.
import { render } from 'preact';
import { warmAnalyzer } from '../popup/analysis-client';
import '../popup/style.css';

warmAnalyzer();
const { App } = await import('../popup/App');
render(<App mode="panel" />, document.getElementById('app')!);
