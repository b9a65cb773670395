// `peerlens analyze --format json` on a worker thread: the report goes back to the main thread as
// the bytes it prints (UTF-8 JSON), made where it was analyzed and handed over without a copy. A
// long document's report is thousands of objects, which the main thread would otherwise receive
// as a copy, turn into JSON, encode and drop.
import type { AuditDocument } from '../report/audit-model.js';
import { reportJsonText } from '../report/format-json.js';

/** A report as its JSON text in UTF-8 (as joinJsonReports prints it), with what the CLI reads besides. */
export interface RenderedReport {
  kind: 'rendered';
  /** The input as given (report.source). */
  source: string;
  score: number;
  json: Uint8Array<ArrayBuffer>;
}

/** An analyzed document as its JSON text; an error row as it is. */
export function renderedAsJson(document: AuditDocument): RenderedReport | AuditDocument {
  if (document.kind !== 'report') return document;
  const { report } = document;
  return { kind: 'rendered', source: report.source ?? '-', score: report.score, json: new TextEncoder().encode(reportJsonText(report)) };
}
