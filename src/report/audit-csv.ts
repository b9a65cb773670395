// Audit run -> CSV, one row per finding (written by csv.ts: quoted as RFC 4180 says, with cells
// that a spreadsheet would run as a formula made plain text).
import type { Finding, Report } from '../core/types.js';
import type { AuditRun } from './audit-model.js';
import { csvDocument, type CsvCell } from './csv.js';
import { findingContext } from './finding-context.js';
import { referenceWithAddress } from './source-references.js';
import { isMissing, rankFindings } from './report-labels.js';
import { lineStarts, positionAt } from './text-position.js';

export const CSV_COLUMNS = [
  'document',
  'score',
  'grade',
  'rule',
  'family',
  'severity',
  'reason',
  'points',
  'line',
  'column',
  'text',
  'context',
  'message',
  'suggestions',
  'sources',
] as const;

type Cell = CsvCell;

function contextCell(report: Report, f: Finding): string {
  if (isMissing(f)) return '';
  const c = findingContext(report.text, f.start, f.end);
  return `${c.clippedBefore ? '…' : ''}${c.before}[${c.match}]${c.after}${c.clippedAfter ? '…' : ''}`;
}

function findingRow(report: Report, f: Finding, starts: number[]): Cell[] {
  const pos = isMissing(f) ? undefined : positionAt(starts, f.start);
  return [
    report.source ?? '-',
    report.score,
    report.grade,
    f.ruleId,
    f.family,
    f.severity,
    f.reason ?? '',
    Math.round(f.points * 10) / 10,
    pos?.line ?? '',
    pos?.column ?? '',
    f.text.replace(/\s+/g, ' '),
    contextCell(report, f),
    f.message,
    f.suggestions.join(' | '),
    f.sources.map(referenceWithAddress).join('; '),
  ];
}

export function buildAuditCsv(run: AuditRun): string {
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  for (const doc of run.documents) {
    if (doc.kind !== 'report') continue;
    const starts = lineStarts(doc.report.text);
    for (const f of rankFindings(doc.report.findings)) rows.push(findingRow(doc.report, f, starts));
  }
  return csvDocument(rows);
}
