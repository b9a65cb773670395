// The audit pipeline: collect the documents, read and analyze them (on worker threads when
// there is more than one job and more than one document), and summarize the run.
import type { AnalyzeOptions } from '../core/types.js';
import type { AuditDocument, AuditRun } from '../report/audit-model.js';
import { summarize } from '../report/audit-summary.js';
import { auditDocument, type AnalyzeFn } from './audit-document.js';
import { collectTargets } from './collect-targets.js';
import { WorkerStartError, auditInWorkers } from './worker-pool.js';

export interface RunAuditOptions {
  /** Worker threads; 1 runs everything on the main thread. */
  jobs: number;
  analyzeOptions: AnalyzeOptions;
  /** The main thread's analyzer (workers use the bundled one, which is the same). */
  analyze: AnalyzeFn;
  /** Never read (the report's own location). */
  exclude?: string;
  /** Leave generatedAt out of the summary (reproducible reports, tests). */
  timeless?: boolean;
  taskTimeoutMs?: number;
  onStart?: (total: number) => void;
  onDocument?: (document: AuditDocument) => void;
  /** Told when worker threads could not start and the run went on in the main thread. */
  onFallback?: (reason: string) => void;
}

export interface AuditOutcome {
  run: AuditRun;
  /** Worker threads used; 1 means the main thread. */
  jobs: number;
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
  const collected = await collectTargets(inputs, options.exclude === undefined ? {} : { exclude: options.exclude });
  const specs = collected.targets.map((t) => t.spec);
  options.onStart?.(specs.length);
  let jobs = Math.max(1, Math.min(options.jobs, specs.length));
  let documents: AuditDocument[];
  if (jobs === 1) {
    documents = await auditInProcess(specs, options);
  } else {
    try {
      documents = await auditInWorkers(specs, {
        jobs,
        analyzeOptions: options.analyzeOptions,
        ...(options.taskTimeoutMs ? { taskTimeoutMs: options.taskTimeoutMs } : {}),
        ...(options.onDocument ? { onDocument: options.onDocument } : {}),
      });
    } catch (error) {
      if (!(error instanceof WorkerStartError)) throw error;
      options.onFallback?.(error.message);
      jobs = 1;
      documents = await auditInProcess(specs, options);
    }
  }
  const summary = summarize(documents, {
    skippedFiles: collected.skippedFiles,
    ...(options.timeless ? {} : { generatedAt: new Date().toISOString() }),
  });
  return { run: { summary, documents }, jobs, elapsedMs: performance.now() - started };
}
