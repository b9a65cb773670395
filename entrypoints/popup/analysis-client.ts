// Talks to the analysis worker; one worker per page, started on first use.
import type { AnalyzeInput, AnalyzeOptions, Finding, Report } from '../../src/core/types';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol';

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

function call(payload: Payload): Promise<AnalysisResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve });
    getWorker().postMessage({ ...payload, id });
  });
}

export async function analyzeInWorker(input: AnalyzeInput, options: AnalyzeOptions): Promise<Report> {
  const response = await call({ kind: 'analyze', input, options });
  if (!response.ok) throw new Error(response.error);
  if (!('report' in response)) throw new Error('The analyzer answered with the wrong kind of result.');
  return response.report;
}

export async function rewriteInWorker(text: string, findings: Finding[]): Promise<string> {
  const response = await call({ kind: 'rewrite', text, findings });
  if (!response.ok) throw new Error(response.error);
  if (!('text' in response)) throw new Error('The analyzer answered with the wrong kind of result.');
  return response.text;
}
