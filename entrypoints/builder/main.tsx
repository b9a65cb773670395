import { render } from 'preact';
import { BuilderApp } from './BuilderApp';
import '../options/options.css';
import './builder.css';

render(<BuilderApp />, document.getElementById('app')!);
