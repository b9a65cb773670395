// The audit worker thread's entry in the CLI bundle (dist/audit-worker.mjs, scripts/build-cli.mjs).
// It runs the worker's code (src/audit/audit-worker.ts, bundled as dist/audit-worker-code.cjs)
// with the V8 code cache the build made of it (dist/audit-worker-code.cache): a worker then starts
// with the analyzer's functions already compiled, instead of compiling them as they are first
// called, on every `peerlens analyze`. A cache V8 cannot use (another Node version, other V8
// flags) is ignored and the code compiled as usual. Only Node built-ins here: this file is loaded
// alone, before anything else in the worker.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { workerData } from 'node:worker_threads';

const file = fileURLToPath(new URL('./audit-worker-code.cjs', import.meta.url));
const CODE_CACHE_FILE = fileURLToPath(new URL('./audit-worker-code.cache', import.meta.url));

/** The build starts one worker this way: it warms up, then writes the cache and ends. */
const making = (workerData as { makeCodeCache?: boolean } | null)?.makeCodeCache === true;

let cachedData: Buffer | undefined;
if (!making) {
  try {
    cachedData = readFileSync(CODE_CACHE_FILE);
  } catch {
    // no cache: the code is compiled as it runs
  }
}
// CommonJS's own wrapper, on the first line, so the bundle's line numbers stay as they are.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
  filename: file,
  ...(cachedData ? { cachedData } : {}),
});
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
if (making) {
  // The worker's code ran its warm-up analysis above: the cache holds what that compiled.
  writeFileSync(CODE_CACHE_FILE, script.createCachedData());
  process.exit(0);
}
