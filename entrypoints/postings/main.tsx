import { render } from 'preact';
import { PostingsApp } from './PostingsApp';
import './postings.css';

render(<PostingsApp />, document.getElementById('app')!);
