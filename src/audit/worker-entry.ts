// Starts an audit worker thread wherever the CLI runs from:
// - the esbuild bundle (dist/cli.mjs, this code in one of its chunks under dist/chunks/): the
//   worker is dist/audit-worker.cjs (src/audit/worker-loader.ts), which runs the worker's code from a code cache;
// - the TypeScript source (tsx, vitest, the bench): the worker is audit-worker.ts, loaded
//   through tsx, whose loader a worker does not inherit on Node 20 (nor take from --import in
//   execArgv), so a two-line bootstrap registers it inside the worker first.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads';
import { besideBundle } from '../input/bundle-file.js';

/**
 * The heap a worker may use for one document's reading and analysis. A document that needs more
 * (a hostile PDF or page) ends that worker alone, and its row says so; the audit goes on. 5 MB
 * of dense flagged text, the most analyze() reads, stays well under it.
 */
export const WORKER_HEAP_MB = 768;
const LIMITS: ResourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 48, stackSizeMb: 8 };

function limits(heapMb: number): ResourceLimits {
  return { ...LIMITS, maxOldGenerationSizeMb: heapMb };
}

function sourceWorker(here: string, options: WorkerOptions): Worker {
  const tsxRoot = dirname(createRequire(here).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const script = new URL('./audit-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** `heapMb`: the worker's heap limit (WORKER_HEAP_MB unless a test wants a smaller one). */
export function startAuditWorker(heapMb = WORKER_HEAP_MB, warmUp = true): Worker {
  const here = import.meta.url;
  const resourceLimits = limits(heapMb);
  // Warming up pays off over many documents, not for one `peerlens analyze` input.
  const options: WorkerOptions = { stdout: true, resourceLimits, workerData: { warmUp } };
  const worker = here.endsWith('.ts') ? sourceWorker(here, options) : new Worker(besideBundle(here, 'audit-worker.cjs'), options);
  // A worker's console output would land in the report on stdout: dropped.
  worker.stdout.resume();
  return worker;
}
