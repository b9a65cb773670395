import { render } from 'preact';
import { BuilderApp } from './BuilderApp';
import './builder.css';

render(<BuilderApp />, document.getElementById('app')!);
