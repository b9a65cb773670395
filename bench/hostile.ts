// Hostile inputs (SECURITY.md, "Input limits"): each generated here, read or analyzed as the CLI
// and the audit do, timed, with its memory, and checked against its budget (PASS/FAIL). The
// tests in tests/hostile/ assert the outcomes; the figures live here, not in timed tests.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '../src/input/read-document.js';
import { auditInWorkers } from '../src/audit/worker-pool.js';
import type { AnalyzeInput, AnalyzeOptions, Report } from '../src/core/types.js';
import { readInput } from '../src/input/read-input.js';
import {
  deepHtml,
  denseFlaggedText,
  docxBomb,
  manyPagesPdf,
  nestedJsonLdHtml,
  prefixWordText,
  sharedPrefixTerms,
  streamBombPdf,
} from '../tests/hostile/hostile-inputs.js';
import { collectGarbage, measure, summarize } from './measure.js';
import { bytes, ms } from './report.js';
import type { BudgetLine } from './budgets.js';

const MB = 1024 * 1024;
const run = promisify(execFile);
type Analyze = (input: AnalyzeInput, options?: AnalyzeOptions) => Report;

/** Dense flagged text: the worst case per byte for the analyzer (every sentence flagged). */
export const DENSE_BYTES = 5 * MB;
export const DENSE_BUDGET_MS = 2000;
export const DENSE_BUDGET_HEAP = 300 * MB;

export interface HostileLine {
  input: string;
  outcome: string;
  ms: number;
  /** CPU time (user + system, all threads of the process that ran it alone). */
  cpuMs: number;
  /** Peak resident memory of the process that ran it alone (analyzer and lexicons included). */
  peakRss: number;
  budgetMs: number;
}

/** CPU time (user + system) of this process since `from`, in ms. */
function cpuMsSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

async function timed(input: string, budgetMs: number, work: () => Promise<string>): Promise<HostileLine> {
  collectGarbage();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let outcome: string;
  try {
    outcome = await work();
  } catch (error) {
    outcome = `error: ${(error as Error).message.replace(/^.*?: /, '')}`;
  }
  const elapsed = performance.now() - t0;
  return { input, outcome, ms: elapsed, cpuMs: cpuMsSince(cpu0), peakRss: 0, budgetMs };
}

export interface DenseResult {
  medianMs: number;
  /** Median CPU time (user + system) of the timed runs. */
  medianCpuMs: number;
  peakHeap: number;
  findings: number;
  chars: number;
  /** What became of the same text read and analyzed on a worker whose heap is capped at the budget. */
  underCap: string;
  fitsUnderCap: boolean;
}

/**
 * The text read and analyzed as `peerlens analyze` does it, on a worker thread whose whole heap
 * (analyzer, lexicons and compromise included) is capped at the memory budget: it either
 * finishes, or runs out of memory and says so. Unlike the heap high-water of an uncapped run,
 * this does not depend on how lazily the garbage collector runs.
 */
async function denseUnderCap(text: string): Promise<{ underCap: string; fitsUnderCap: boolean }> {
  const dir = await mkdtemp(join(tmpdir(), 'peerlens-bench-dense-'));
  try {
    const path = join(dir, 'dense.txt');
    await writeFile(path, text);
    const { documents } = await auditInWorkers([path], {
      workers: 1,
      mainThreadWorks: false,
      reader: 'input',
      analyzeOptions: {},
      workerHeapMb: DENSE_BUDGET_HEAP / MB,
      auditHere: () => Promise.reject(new Error('no worker thread could start')),
    });
    const [document] = documents;
    if (document?.kind === 'report')
      return { underCap: `finished, ${document.report.findings.length.toLocaleString('en-US')} findings`, fitsUnderCap: true };
    return { underCap: document ? `${document.code}: ${document.message}` : 'no result', fitsUnderCap: false };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchDense(analyze: Analyze): Promise<DenseResult> {
  const text = denseFlaggedText(DENSE_BYTES);
  let findings = 0;
  const cpuRuns: number[] = [];
  const result = measure(
    () => {
      const cpu0 = process.cpuUsage();
      findings = analyze(text).findings.length;
      cpuRuns.push(cpuMsSince(cpu0));
    },
    { warmup: 1, runs: 3, maxTotalMs: 20_000 },
  );
  const medianCpuMs = summarize(cpuRuns.slice(1)).medianMs; // the first was the warm-up
  return {
    medianMs: result.timing.medianMs,
    medianCpuMs,
    peakHeap: result.memory.peakHeap,
    findings,
    chars: text.length,
    ...(await denseUnderCap(text)),
  };
}

/**
 * Time budgets are judged on CPU time (user + system): on a machine shared with other work, wall
 * time mostly measures the wait for a core. On an idle machine a run's CPU time is at least its
 * wall time (the garbage collector's helper threads count too), so this is not the easier test.
 */
export function denseBudgets(dense: DenseResult): BudgetLine[] {
  const perMb = dense.medianCpuMs / (dense.chars / MB);
  return [
    {
      verdict: dense.medianCpuMs <= DENSE_BUDGET_MS ? 'PASS' : 'FAIL',
      budget: `5 MB of dense flagged text <= ${DENSE_BUDGET_MS / 1000} s of CPU time (SECURITY.md)`,
      measured: `${ms(dense.medianCpuMs)} CPU, ${ms(dense.medianMs)} wall (${ms(perMb)} CPU/MB, ${dense.findings.toLocaleString('en-US')} findings)`,
    },
    {
      verdict: dense.fitsUnderCap ? 'PASS' : 'FAIL',
      budget: `5 MB of dense flagged text read and analyzed with the whole heap capped at ${bytes(DENSE_BUDGET_HEAP)} (SECURITY.md)`,
      measured: `${dense.underCap}; heap high-water of the uncapped runs ${bytes(dense.peakHeap)}`,
    },
  ];
}

/** One hostile input: how to make it (untimed), and what the CLI or the audit does with it (timed). */
interface HostileCase {
  input: string;
  budgetMs: number;
  /** The file to write first, if the case reads one: its name and its content. */
  file?: [name: string, make: () => string | Uint8Array | Promise<Uint8Array>];
  run: (path: string, analyze: Analyze) => Promise<string>;
}

const readAndAnalyze = async (path: string, analyze: Analyze): Promise<string> =>
  `${analyze((await readInput(path)).input).findings.length} findings`;
const readPacked = async (path: string): Promise<string> => (await readDocument(path)).via;

export const HOSTILE_CASES: readonly HostileCase[] = [
  { input: 'HTML nested 100,000 <div>s deep', budgetMs: 3000, file: ['deep.html', () => deepHtml(100_000)], run: readAndAnalyze },
  { input: 'HTML nested 1,000 <div>s deep', budgetMs: 1000, file: ['deep1k.html', () => deepHtml(1000)], run: readAndAnalyze },
  {
    input: 'JSON-LD description of 50,000 nested <b>',
    budgetMs: 2000,
    file: ['bold.html', () => nestedJsonLdHtml(50_000)],
    run: readAndAnalyze,
  },
  {
    input: '500 organization terms sharing 14 words, on 1 MB of that word',
    budgetMs: 2000,
    run: async (_path, analyze) => `${analyze(prefixWordText(1 * MB), { customTerms: sharedPrefixTerms(500) }).findings.length} findings`,
  },
  { input: 'PDF of 100,000 pages', budgetMs: 5000, file: ['pages.pdf', () => manyPagesPdf(100_000)], run: readPacked },
  { input: 'PDF with a stream unpacking to 1 GB', budgetMs: 5000, file: ['stream.pdf', () => streamBombPdf(1024 * MB)], run: readPacked },
  { input: 'DOCX whose document unpacks to 1 GB', budgetMs: 1000, file: ['bomb.docx', () => docxBomb(1024 * MB)], run: readPacked },
  {
    input: 'DOCX unpacking to 1 GB, its directory saying 1 KB',
    budgetMs: 1000,
    file: ['liar.docx', () => docxBomb(1024 * MB, 1000)],
    run: readPacked,
  },
];

/**
 * Runs one case in this process (bench/hostile-case.ts calls it in a fresh one, so the resident
 * high-water mark it reports belongs to that case alone).
 */
export async function runHostileCase(index: number, analyze: Analyze): Promise<HostileLine> {
  const c = HOSTILE_CASES[index]!;
  const dir = await mkdtemp(join(tmpdir(), 'peerlens-bench-hostile-'));
  try {
    const path = join(dir, c.file?.[0] ?? 'none');
    if (c.file) await writeFile(path, await c.file[1]());
    // Lexicons compiled and the lazily loaded readers imported before the clock starts: the
    // figure is the input's cost, not a cold start's.
    analyze('Peer Support Specialist');
    await Promise.all([import('../src/input/read-html.js'), import('unpdf'), import('mammoth')]);
    const line = await timed(c.input, c.budgetMs, () => c.run(path, analyze));
    return { ...line, peakRss: process.resourceUsage().maxRSS * 1024 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Each hostile case in a process of its own: time, outcome and that process's peak resident memory. */
export async function benchHostileInputs(): Promise<HostileLine[]> {
  const script = fileURLToPath(new URL('./hostile-case.ts', import.meta.url));
  const lines: HostileLine[] = [];
  for (let i = 0; i < HOSTILE_CASES.length; i++) {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script, String(i)], { maxBuffer: 1024 * 1024 });
    lines.push(JSON.parse(stdout.trim().split('\n').pop()!) as HostileLine);
  }
  return lines;
}

export function hostileBudgets(lines: readonly HostileLine[]): BudgetLine[] {
  return lines.map((l) => ({
    verdict: l.cpuMs <= l.budgetMs ? 'PASS' : 'FAIL',
    budget: `${l.input} <= ${ms(l.budgetMs)} of CPU time`,
    measured: `${ms(l.cpuMs)} CPU, ${ms(l.ms)} wall, process peak RSS ${bytes(l.peakRss)}; ${l.outcome}`,
  }));
}
