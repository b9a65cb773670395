// The side panel (Chrome) or sidebar (Firefox): the popup's report, following the active tab.
import { render } from 'preact';
import { App } from '../popup/App';
import '../popup/style.css';

render(<App mode="panel" />, document.getElementById('app')!);
