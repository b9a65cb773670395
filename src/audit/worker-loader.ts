// The audit worker thread's entry in the CLI bundle (dist/audit-worker.cjs, scripts/build-cli.mjs).
// It runs the worker's code (src/audit/audit-worker.ts, bundled as dist/audit-worker-code.cjs)
// with the V8 code cache the build made of it (dist/audit-worker-code.cache): a worker then starts
// with the analyzer's functions already compiled, instead of compiling them as they are first
// called, on every `peerlens analyze`. Only Node built-ins here (and cached-commonjs.ts, which
// uses only them): this file is loaded alone, before anything else in the worker.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import { runCachedCommonJs } from '../input/cached-commonjs.js';

const file = fileURLToPath(new URL('./audit-worker-code.cjs', import.meta.url));
const CODE_CACHE_FILE = fileURLToPath(new URL('./audit-worker-code.cache', import.meta.url));

/** The build starts one worker this way: it warms up, then writes the cache and ends. */
const making = (workerData as { makeCodeCache?: boolean } | null)?.makeCodeCache === true;

const { script } = runCachedCommonJs(file, making ? null : CODE_CACHE_FILE);
if (making) {
  // The worker's code ran its warm-up analysis above: the cache holds what that compiled.
  writeFileSync(CODE_CACHE_FILE, script.createCachedData());
  process.exit(0);
}
