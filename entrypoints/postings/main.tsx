import { render } from 'preact';
import { PostingsApp } from './PostingsApp';
import '../options/options.css';
import './postings.css';

render(<PostingsApp />, document.getElementById('app')!);
