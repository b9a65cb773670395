// The order reports list documents in: worst score first (where an advocate starts), ties by
// name; documents that could not be read last, by name.
import type { AuditDocument } from './audit-model.js';

const nameOf = (d: AuditDocument): string => (d.kind === 'report' ? (d.report.source ?? '-') : d.source);

export function orderForReport(documents: readonly AuditDocument[]): AuditDocument[] {
  return [...documents].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === 'report' ? -1 : 1;
    const byScore = a.kind === 'report' && b.kind === 'report' ? a.report.score - b.report.score : 0;
    return byScore || nameOf(a).localeCompare(nameOf(b));
  });
}

export { nameOf as documentName };
