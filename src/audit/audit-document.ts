// Read and analyze one document; every failure becomes an error row instead of ending the run.
// The same function runs in a worker thread and in-process (--jobs 1).
import type { AnalyzeInput, AnalyzeOptions, Finding, Report } from '../core/types.js';
import { InputError } from '../input/input-error.js';
import { readInput } from '../input/read-input.js';
import type { AuditDocument, FailedDocument } from '../report/audit-model.js';
import { readDocument } from '../input/read-document.js';

export type AnalyzeFn = (input: AnalyzeInput, options?: AnalyzeOptions) => Report;
export type RewriteFn = (text: string, findings: readonly Finding[]) => string;

/** For `peerlens rewrite`: an analyzed document with its revised text; a failed one as it is. */
export function withRevision(document: AuditDocument, rewrite: RewriteFn): AuditDocument {
  return document.kind === 'report' ? { ...document, revised: rewrite(document.report.text, document.report.findings) } : document;
}

/** Analyzed once before the first document: compiles the lexicons and warms the parser, and a
 * broken installation (invalid lexicons) fails here, once, instead of on every document. */
export const WARM_UP_TEXT = 'Peer Support Specialist\n\nShare your own recovery story and support people to set their own goals.';

/** "a.pdf: is empty" -> "is empty": the row already names the document. */
function withoutSource(message: string, source: string): string {
  return message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message;
}

export function failedDocument(source: string, code: string, message: string): FailedDocument {
  return { kind: 'error', source, code, message: withoutSource(message, source) };
}

function readFailure(spec: string, error: unknown): FailedDocument {
  if (error instanceof InputError) return failedDocument(spec, error.code, error.message);
  return failedDocument(spec, 'unreadable', `could not be read (${(error as Error).message ?? String(error)})`);
}

type Reading = Awaited<ReturnType<typeof readDocument>>;

export async function auditDocument(spec: string, options: AnalyzeOptions, analyze: AnalyzeFn): Promise<AuditDocument> {
  return readAndAnalyze(spec, options, analyze, () => readDocument(spec));
}

/** `peerlens analyze` on one input: a file or URL through the audit's reader (PDF and .docx too); `stdin` for "-". */
export async function analyzeInput(spec: string, options: AnalyzeOptions, analyze: AnalyzeFn, stdin?: Uint8Array): Promise<AuditDocument> {
  const bytes = async function* (): AsyncGenerator<Uint8Array> {
    if (stdin) yield stdin;
  };
  return readAndAnalyze(spec, options, analyze, () =>
    spec === '-' ? readInput(spec, stdin ? { stdin: bytes() } : {}) : readDocument(spec),
  );
}

async function readAndAnalyze(
  spec: string,
  options: AnalyzeOptions,
  analyze: AnalyzeFn,
  read: () => Promise<Reading>,
): Promise<AuditDocument> {
  let reading: Reading;
  try {
    reading = await read();
  } catch (error) {
    return readFailure(spec, error);
  }
  try {
    const report = analyze(reading.input, options);
    return {
      kind: 'report',
      report: { ...report, source: reading.source, notes: [...report.notes, ...reading.notes] },
      via: reading.via,
    };
  } catch (error) {
    // A bug in PeerLens, not in the document: say so, and audit the rest.
    return failedDocument(spec, 'internal', `PeerLens failed on this document (${(error as Error).message}); please report it`);
  }
}
