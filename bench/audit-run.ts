// Audit throughput for the benchmark (bench/ calls this): N mixed documents generated in a temp
// dir, audited end to end (walk, read, decode PDF/DOCX, analyze, summarize, build the HTML
// report in memory), worker start-up included. `jobs` as in `peerlens audit --jobs`: the main
// thread and jobs-1 workers. The main thread's analyzer stays warm between calls in one
// process (the lexicons compile once), while workers start cold each call.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/core/index.js';
import { buildAuditHtml } from '../src/report/audit-html.js';
import { writeBenchCorpus, type BenchFormat } from './audit-corpus.js';
import { runAudit } from '../src/audit/run-audit.js';

export interface AuditBenchOptions {
  docs: number;
  jobs: number;
  /** A folder already filled by writeBenchCorpus (to time several job counts on the same files). */
  corpusDir?: string;
}

export interface AuditBenchResult {
  docs: number;
  jobs: number;
  /** Documents audited by worker threads and by the main thread. */
  onWorkers: number;
  onMainThread: number;
  /** Documents per second, end to end. */
  docsPerSecond: number;
  /** Wall time of the audit itself (reading + analyzing + summary). */
  auditSeconds: number;
  /** Wall time of building the HTML report from the run. */
  reportSeconds: number;
  errors: number;
  findings: number;
  formats?: Record<BenchFormat, number>;
}

export async function benchAudit(options: AuditBenchOptions): Promise<AuditBenchResult> {
  const own = options.corpusDir === undefined;
  const dir = options.corpusDir ?? (await mkdtemp(join(tmpdir(), 'peerlens-audit-bench-')));
  try {
    const formats = own ? await writeBenchCorpus(dir, options.docs) : undefined;
    const t0 = performance.now();
    const outcome = await runAudit([dir], { jobs: options.jobs, analyzeOptions: {}, analyze, timeless: true });
    const t1 = performance.now();
    buildAuditHtml(outcome.run);
    const t2 = performance.now();
    const { summary } = outcome.run;
    return {
      docs: summary.documents,
      jobs: options.jobs,
      onWorkers: outcome.onWorkers,
      onMainThread: outcome.onMainThread,
      docsPerSecond: summary.documents / ((t2 - t0) / 1000),
      auditSeconds: (t1 - t0) / 1000,
      reportSeconds: (t2 - t1) / 1000,
      errors: summary.errors,
      findings: summary.findings,
      ...(formats ? { formats } : {}),
    };
  } finally {
    if (own) await rm(dir, { recursive: true, force: true });
  }
}
