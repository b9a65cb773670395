// Test bridge, page half: added to the test copy of the Firefox build only, on the fixture
// server. Relays `postMessage({ peerlensTest, id, ... })` from the test's page to
// bridge-background.js and posts the answer back as `{ peerlensTestReply: id, result }`.
/* global browser */
// The scope of every read the extension asked of this page, for the tests' failure messages.
const readScopes = [];
globalThis.peerlensBridges = (globalThis.peerlensBridges ?? 0) + 1;
browser.runtime.onMessage.addListener((message) => {
  if (message && message.type === 'peerlens:read') readScopes.push(message.scope);
  return undefined; // the extension's own content script answers
});

window.addEventListener('message', (event) => {
  const data = event.data;
  if (event.source !== window || !data || typeof data.peerlensTest !== 'string' || data.id === undefined) return;
  const { id, ...request } = data;
  if (request.peerlensTest === 'read-scopes') {
    window.postMessage({ peerlensTestReply: id, result: { readScopes, bridges: globalThis.peerlensBridges } }, '*');
    return;
  }
  browser.runtime.sendMessage(request).then(
    (result) => window.postMessage({ peerlensTestReply: id, result }, '*'),
    (error) => window.postMessage({ peerlensTestReply: id, error: String(error) }, '*'),
  );
});
