// Audit run -> JSON: { schemaVersion, summary, documents, errors }. `documents` holds the same
// report objects as `peerlens analyze --format json`; unreadable inputs are listed in `errors`.
import type { AuditRun } from './audit-model.js';
import type { AuditJson } from './audit-schema.js';
import { reportToJson } from './format-json.js';

export function auditToJson(run: AuditRun): AuditJson {
  return {
    schemaVersion: 1,
    summary: run.summary,
    documents: run.documents.flatMap((d) => (d.kind === 'report' ? [reportToJson(d.report)] : [])),
    errors: run.documents.flatMap((d) => (d.kind === 'error' ? [{ source: d.source, code: d.code, message: d.message }] : [])),
  };
}

export function buildAuditJson(run: AuditRun): string {
  return `${JSON.stringify(auditToJson(run), null, 2)}\n`;
}
