// The popup's side of the analysis worker: one worker per page (the side panel and the builder
// start it as soon as they open; the popup once its first report is in, which the background
// makes: analyzeFirst).
// Each call leaves a performance measure ('peerlens:analyze', detail: worker time, size, kind)
// that the browser tests read to check how much work a check or an edit costs.
import type { AnalyzeInput, AnalyzeOptions, Finding, Report } from '../../src/core/types';
import { browser } from 'wxt/browser';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';
import { isReport } from './report-shape';

type Pending = { resolve: (value: AnalysisResponse) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
    pending.get(event.data.id)?.resolve(event.data);
    pending.delete(event.data.id);
  };
  worker.onerror = (event) => {
    const message = event.message || 'The analyzer failed to start.';
    for (const [id, p] of pending) p.resolve({ id, ok: false, error: message });
    pending.clear();
  };
  return worker;
}

type Payload = AnalysisRequest extends infer R ? (R extends AnalysisRequest ? Omit<R, 'id'> : never) : never;

function call(payload: Payload, chars = 0): Promise<AnalysisResponse> {
  const id = nextId++;
  const started = performance.now();
  return new Promise<AnalysisResponse>((resolve) => {
    pending.set(id, { resolve });
    getWorker().postMessage({ ...payload, id });
  }).then((response) => {
    const workerMs = response.ok ? response.ms : null;
    performance.measure('peerlens:analyze', { start: started, detail: { kind: payload.kind, chars, workerMs } });
    return response;
  });
}

let warming = false;

/** Starts the worker and loads the analyzer now (once); later calls then only analyze. */
export function warmAnalyzer(): void {
  if (warming) return;
  warming = true;
  void call({ kind: 'warm' });
}

function reportOf(response: AnalysisResponse): Report {
  if (!response.ok) throw new Error(response.error);
  if (!('report' in response)) throw new Error('The analyzer answered with the wrong kind of result.');
  return response.report;
}

function inputChars(input: AnalyzeInput): number {
  if (typeof input === 'string') return input.length;
  return input.sections.reduce((n, s) => n + s.text.length + (s.heading?.length ?? 0), 0);
}

export async function analyzeInWorker(input: AnalyzeInput, options: AnalyzeOptions): Promise<Report> {
  return reportOf(await call({ kind: 'analyze', input, options }, inputChars(input)));
}

/** Re-checks only the paragraphs of `text` that changed since `previous` (see partial-analysis.ts). */
export async function analyzePartInWorker(text: string, previous: Report, options: AnalyzeOptions, partChars: number): Promise<Report> {
  return reportOf(await call({ kind: 'analyze-part', text, previous, options }, partChars));
}

export async function rewriteInWorker(text: string, findings: Finding[]): Promise<string> {
  const response = await call({ kind: 'rewrite', text, findings });
  if (!response.ok) throw new Error(response.error);
  if (!('text' in response)) throw new Error('The analyzer answered with the wrong kind of result.');
  return response.text;
}

/** Longer texts are analyzed in the popup's worker: the background also answers menus and pages meanwhile. */
const BACKGROUND_MAX_CHARS = 100_000;

/**
 * The popup's first check: the report of the posting read at `url`, from the background, where the
 * analyzer stays loaded between openings, else (a long text, or no answer) from this page's worker
 * with `options`. The background makes the same options from the same settings and dismissals.
 */
export async function analyzeFirst(input: AnalyzeInput, options: AnalyzeOptions, url: string): Promise<Report> {
  const chars = inputChars(input);
  if (chars > BACKGROUND_MAX_CHARS) return analyzeInWorker(input, options);
  const started = performance.now();
  const answer = (await browser.runtime.sendMessage({ type: 'peerlens:analyze', input, url }).catch(() => null)) as {
    ok?: boolean;
    report?: unknown;
  } | null;
  if (!answer?.ok || !isReport(answer.report)) return analyzeInWorker(input, options);
  performance.measure('peerlens:analyze', { start: started, detail: { kind: 'analyze', chars, workerMs: null, in: 'background' } });
  return answer.report;
}
