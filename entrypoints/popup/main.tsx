import { render } from 'preact';

// Placeholder popup: the extension issue replaces this with the scored report.
function Popup() {
  return <main><h1>PeerLens</h1><p>Open a job posting and check it.</p></main>;
}

render(<Popup />, document.getElementById('app')!);
