// The audit pipeline: collect the documents, read and analyze them (the main thread, joined by
// worker threads when there is more than one job and more than one document), summarize.
import { availableParallelism } from 'node:os';
import type { AnalyzeOptions } from '../core/types.js';
import type { AuditDocument, AuditRun } from '../report/audit-model.js';
import { shownAs } from './shown-names.js';
import { summarize } from '../report/audit-summary.js';
import { WARM_UP_TEXT, auditDocument, type AnalyzeFn } from './audit-document.js';
import { collectTargets } from './collect-targets.js';
import { auditInWorkers, type PoolTuning } from './worker-pool.js';

export interface RunAuditOptions extends PoolTuning {
  /** Threads that audit: the main thread and jobs-1 workers (1: no workers). 'auto': one per
   * CPU core, workers started only when the audit is big enough to pay for their start-up. */
  jobs: number | 'auto';
  analyzeOptions: AnalyzeOptions;
  /** The main thread's analyzer (workers use the bundled one, which is the same). */
  analyze: AnalyzeFn;
  /**
   * Every document read and analyzed on a worker thread with a memory limit and a time limit, so
   * a hostile document that crashes, overflows or stalls costs its own row, never the run (the
   * default). Off: the main thread takes part (tests comparing the two, the bench).
   */
  isolate?: boolean;
  /** Files never read (the report's own files). */
  exclude?: readonly string[];
  /** Leave generatedAt out of the summary (reproducible reports, tests). */
  timeless?: boolean;
  onStart?: (total: number) => void;
  /** Told when worker threads could not start and the run went on on the main thread. */
  onFallback?: (reason: string) => void;
}

export interface AuditOutcome {
  run: AuditRun;
  /** Worker threads started besides the main thread (0: the main thread did everything). */
  workers: number;
  /** Documents audited on the main thread and on worker threads. */
  onMainThread: number;
  onWorkers: number;
  elapsedMs: number;
}

async function auditInProcess(specs: readonly string[], options: RunAuditOptions): Promise<AuditDocument[]> {
  const documents: AuditDocument[] = [];
  for (const spec of specs) {
    const document = await auditDocument(spec, options.analyzeOptions, options.analyze);
    documents.push(document);
    options.onDocument?.(document);
  }
  return documents;
}

export async function runAudit(inputs: readonly string[], options: RunAuditOptions): Promise<AuditOutcome> {
  const started = performance.now();
  options.analyze(WARM_UP_TEXT, options.analyzeOptions);
  const collected = await collectTargets(inputs, options.exclude === undefined ? {} : { exclude: options.exclude });
  const specs = collected.targets.map((t) => t.spec);
  options.onStart?.(specs.length);
  const jobs = options.jobs === 'auto' ? availableParallelism() : options.jobs;
  const isolate = options.isolate !== false;
  // Isolated, --jobs N is N workers, the main thread only handing out documents. Otherwise the
  // main thread and N-1 workers audit, and one document needs no worker.
  const workerCount = isolate ? Math.min(jobs, specs.length) : specs.length > 1 ? Math.min(jobs - 1, specs.length - 1) : 0;
  let documents: AuditDocument[];
  let workers = 0;
  let onMainThread = specs.length;
  if (workerCount <= 0) {
    documents = await auditInProcess(specs, options);
  } else {
    const pooled = await auditInWorkers(specs, {
      workers: workerCount,
      startWorkers: options.jobs === 'auto' && !isolate ? 'when-worth-it' : 'now',
      analyzeOptions: options.analyzeOptions,
      auditHere: (spec) => auditDocument(spec, options.analyzeOptions, options.analyze),
      ...(options.taskTimeoutMs ? { taskTimeoutMs: options.taskTimeoutMs } : {}),
      ...(options.workerHeapMb ? { workerHeapMb: options.workerHeapMb } : {}),
      ...(options.mainThreadWorks === false || isolate ? { mainThreadWorks: false } : {}),
      ...(options.workersWorthMs !== undefined ? { workersWorthMs: options.workersWorthMs } : {}),
      ...(options.onDocument ? { onDocument: options.onDocument } : {}),
      ...(options.onFallback ? { onWorkersFailed: options.onFallback } : {}),
    });
    documents = pooled.documents;
    onMainThread = pooled.onMainThread;
    workers = pooled.workersStarted;
  }
  documents = shownAs(documents, new Map(collected.targets.map((t) => [t.spec, t.shown])));
  const summary = summarize(documents, {
    skippedFiles: collected.skippedFiles,
    ...(options.timeless ? {} : { generatedAt: new Date().toISOString() }),
  });
  return {
    run: { summary, documents },
    workers,
    onMainThread,
    onWorkers: specs.length - onMainThread,
    elapsedMs: performance.now() - started,
  };
}
