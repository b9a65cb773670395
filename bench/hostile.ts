// Hostile inputs (SECURITY.md, "Input limits"): each generated here, read or analyzed as the CLI
// and the audit do, timed, with its memory, and checked against its budget (PASS/FAIL). The
// tests in tests/hostile/ assert the outcomes; the figures live here, not in timed tests.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument } from '../src/audit/read-document.js';
import { auditInWorkers } from '../src/audit/worker-pool.js';
import type { AnalyzeInput, AnalyzeOptions, Report } from '../src/core/types.js';
import { readInput } from '../src/input/read-input.js';
import {
  deepHtml, denseFlaggedText, docxBomb, manyPagesPdf, nestedJsonLdHtml, prefixWordText, sharedPrefixTerms, streamBombPdf,
} from '../tests/hostile/hostile-inputs.js';
import { collectGarbage, measure } from './measure.js';
import { bytes, ms } from './report.js';
import type { BudgetLine } from './budgets.js';

const MB = 1024 * 1024;
type Analyze = (input: AnalyzeInput, options?: AnalyzeOptions) => Report;

/** Dense flagged text: the worst case per byte for the analyzer (every sentence flagged). */
export const DENSE_BYTES = 5 * MB;
export const DENSE_BUDGET_MS = 2000;
export const DENSE_BUDGET_HEAP = 300 * MB;

export interface HostileLine {
  input: string;
  outcome: string;
  ms: number;
  /** Growth of the process's resident high-water mark while it ran. */
  maxRssGrowth: number;
  budgetMs: number;
}

async function timed(input: string, budgetMs: number, work: () => Promise<string>): Promise<HostileLine> {
  collectGarbage();
  const rssBefore = process.resourceUsage().maxRSS * 1024;
  const t0 = performance.now();
  let outcome: string;
  try {
    outcome = await work();
  } catch (error) {
    outcome = `error: ${(error as Error).message.replace(/^.*?: /, '')}`;
  }
  const elapsed = performance.now() - t0;
  return { input, outcome, ms: elapsed, maxRssGrowth: process.resourceUsage().maxRSS * 1024 - rssBefore, budgetMs };
}

export interface DenseResult {
  medianMs: number;
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
      workers: 1, mainThreadWorks: false, reader: 'input', analyzeOptions: {}, workerHeapMb: DENSE_BUDGET_HEAP / MB,
      auditHere: () => Promise.reject(new Error('no worker thread could start')),
    });
    const [document] = documents;
    if (document?.kind === 'report') return { underCap: `finished, ${document.report.findings.length.toLocaleString('en-US')} findings`, fitsUnderCap: true };
    return { underCap: document ? `${document.code}: ${document.message}` : 'no result', fitsUnderCap: false };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchDense(analyze: Analyze): Promise<DenseResult> {
  const text = denseFlaggedText(DENSE_BYTES);
  let findings = 0;
  const result = measure(() => {
    findings = analyze(text).findings.length;
  }, { warmup: 1, runs: 3, maxTotalMs: 20_000 });
  return { medianMs: result.timing.medianMs, peakHeap: result.memory.peakHeap, findings, chars: text.length, ...(await denseUnderCap(text)) };
}

export function denseBudgets(dense: DenseResult): BudgetLine[] {
  const perMb = dense.medianMs / (dense.chars / MB);
  return [
    {
      verdict: dense.medianMs <= DENSE_BUDGET_MS ? 'PASS' : 'FAIL',
      budget: `5 MB of dense flagged text <= ${DENSE_BUDGET_MS / 1000} s (SECURITY.md)`,
      measured: `${ms(dense.medianMs)} (${ms(perMb)}/MB, ${dense.findings.toLocaleString('en-US')} findings)`,
    },
    {
      verdict: dense.fitsUnderCap ? 'PASS' : 'FAIL',
      budget: `5 MB of dense flagged text read and analyzed with the whole heap capped at ${bytes(DENSE_BUDGET_HEAP)} (SECURITY.md)`,
      measured: `${dense.underCap}; heap high-water of the uncapped runs ${bytes(dense.peakHeap)}`,
    },
  ];
}

/** Reading and analyzing each hostile input once, as `peerlens analyze` and `audit` do. */
export async function benchHostileInputs(analyze: Analyze): Promise<HostileLine[]> {
  const dir = await mkdtemp(join(tmpdir(), 'peerlens-bench-hostile-'));
  const file = async (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };
  const analyzed = (input: AnalyzeInput) => `${analyze(input).findings.length} findings`;
  try {
    const lines: HostileLine[] = [];
    const deep = await file('deep.html', deepHtml(100_000));
    lines.push(await timed('HTML nested 100,000 <div>s deep', 3000, async () => analyzed((await readInput(deep)).input)));
    const deep1k = await file('deep1k.html', deepHtml(1000));
    lines.push(await timed('HTML nested 1,000 <div>s deep', 1000, async () => analyzed((await readInput(deep1k)).input)));
    const bold = await file('bold.html', nestedJsonLdHtml(50_000));
    lines.push(await timed('JSON-LD description of 50,000 nested <b>', 2000, async () => analyzed((await readInput(bold)).input)));
    const terms = sharedPrefixTerms(500);
    const prefixText = prefixWordText(1 * MB);
    lines.push(await timed('500 organization terms sharing 14 words, on 1 MB of that word', 2000, async () => `${analyze(prefixText, { customTerms: terms }).findings.length} findings`));
    const pages = await file('pages.pdf', manyPagesPdf(100_000));
    lines.push(await timed('PDF of 100,000 pages', 5000, async () => (await readDocument(pages)).via));
    const stream = await file('stream.pdf', await streamBombPdf(1024 * MB));
    lines.push(await timed('PDF with a stream unpacking to 1 GB', 5000, async () => (await readDocument(stream)).via));
    const zip = await file('bomb.docx', await docxBomb(1024 * MB));
    lines.push(await timed('DOCX whose document unpacks to 1 GB', 1000, async () => (await readDocument(zip)).via));
    const liar = await file('liar.docx', await docxBomb(1024 * MB, 1000));
    lines.push(await timed('DOCX unpacking to 1 GB, its directory saying 1 KB', 1000, async () => (await readDocument(liar)).via));
    return lines;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function hostileBudgets(lines: readonly HostileLine[]): BudgetLine[] {
  return lines.map((l) => ({
    verdict: l.ms <= l.budgetMs ? 'PASS' : 'FAIL',
    budget: `${l.input} <= ${ms(l.budgetMs)}`,
    measured: `${ms(l.ms)}, max RSS +${bytes(Math.max(0, l.maxRssGrowth))}; ${l.outcome}`,
  }));
}
