// Test bridge, page half: added to the test copy of the Firefox build only, on the fixture
// server. Relays `postMessage({ peerlensTest, id, ... })` from the test's page to
// bridge-background.js and posts the answer back as `{ peerlensTestReply: id, result }`.
/* global browser */
window.addEventListener('message', (event) => {
  const data = event.data;
  if (event.source !== window || !data || typeof data.peerlensTest !== 'string' || data.id === undefined) return;
  const { id, ...request } = data;
  browser.runtime.sendMessage(request).then(
    (result) => window.postMessage({ peerlensTestReply: id, result }, '*'),
    (error) => window.postMessage({ peerlensTestReply: id, error: String(error) }, '*'),
  );
});
