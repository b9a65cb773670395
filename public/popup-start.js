// Starts the popup's analysis worker while the page is still being parsed, before the popup's own
// modules have loaded; entrypoints/popup/analysis-client.ts takes it over (or starts its own when
// this one failed to load). A classic script, so it runs as soon as it arrives; the build gives
// the worker's file this fixed name (wxt.config.ts).
(() => {
  const early = { worker: new Worker('/assets/analysis.worker.js', { type: 'module' }), startedAt: performance.now(), failed: false };
  early.worker.onerror = () => {
    early.failed = true;
  };
  globalThis.peerlensEarlyWorker = early;
})();
