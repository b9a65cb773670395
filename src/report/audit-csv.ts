// Audit run -> CSV, one row per finding (RFC 4180: CRLF line ends, fields with a comma, quote or
// line break quoted, quotes doubled). A UTF-8 BOM lets spreadsheet programs pick the encoding.
// Text cells starting with = + - @ get a leading apostrophe: documents are untrusted, and a
// spreadsheet would otherwise run such a cell as a formula (CSV injection).
import type { Finding, Report } from '../core/types.js';
import type { AuditRun } from './audit-model.js';
import { findingContext } from './finding-context.js';
import { referenceWithAddress } from './source-references.js';
import { isMissing, rankFindings } from './report-labels.js';
import { lineStarts, positionAt } from './text-position.js';

export const CSV_COLUMNS = [
  'document', 'score', 'grade', 'rule', 'family', 'severity', 'reason', 'points', 'line', 'column',
  'text', 'context', 'message', 'suggestions', 'sources',
] as const;

type Cell = string | number;

function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(cell: Cell): string {
  const value = typeof cell === 'number' ? String(cell) : textCell(cell);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

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
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
