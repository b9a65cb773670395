// Findings as marks for the page: only those that stand on a span of text (a finding about
// something missing, like "no lived-experience requirement", has nothing to underline).
// Findings whose spans overlap become one mark listing each reason, most points first: one
// problem, one underline, one card.
import type { Finding, Report } from '../../core/types.js';
import type { Mark, MarkReason } from '../messaging/protocol.js';
import { sourceLabel, sourceUrl } from './source-label.js';

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 } as const;

/** A finding's id within one report: its index, stable while the report is shown. */
export function findingId(index: number): string {
  return `f${index}`;
}

export function hasSpan(finding: Finding): boolean {
  return finding.end > finding.start && finding.text.trim().length > 0;
}

function reasonOf(finding: Finding, id: string): MarkReason {
  const url = finding.sources[0] ? sourceUrl(finding.sources[0]) : undefined;
  return {
    id,
    ruleId: finding.ruleId,
    start: finding.start,
    end: finding.end,
    text: finding.text,
    severity: finding.severity,
    message: finding.message,
    suggestions: finding.suggestions,
    replaces: finding.fix !== 'insert',
    points: finding.points,
    source: finding.sources[0] ? sourceLabel(finding.sources[0]) : '',
    ...(url ? { sourceUrl: url } : {}),
  };
}

function byWeight(a: MarkReason, b: MarkReason): number {
  return b.points - a.points || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start;
}

function markOf(reasons: MarkReason[], text: string): Mark {
  reasons.sort(byWeight);
  const start = Math.min(...reasons.map((r) => r.start));
  const end = Math.max(...reasons.map((r) => r.end));
  const severity = reasons.reduce((top, r) => (SEVERITY_RANK[r.severity] > SEVERITY_RANK[top] ? r.severity : top), reasons[0]!.severity);
  return { id: reasons[0]!.id, start, end, text: text.slice(start, end), severity, reasons };
}

export function marksFromReport(report: Report): Mark[] {
  const reasons = report.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => hasSpan(finding))
    .map(({ finding, index }) => reasonOf(finding, findingId(index)))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // One sweep in text order: a reason starting before the group's end joins the group.
  const marks: Mark[] = [];
  let group: MarkReason[] = [];
  let groupEnd = -1;
  for (const reason of reasons) {
    if (group.length && reason.start >= groupEnd) {
      marks.push(markOf(group, report.text));
      group = [];
    }
    group.push(reason);
    groupEnd = Math.max(groupEnd, reason.end);
  }
  if (group.length) marks.push(markOf(group, report.text));
  return marks;
}

/** The ids of the findings drawn in the given marks (a drawing answers with mark ids). */
export function findingsIn(markIds: readonly string[], marks: readonly Mark[]): string[] {
  const byId = new Map(marks.map((m) => [m.id, m]));
  return markIds.flatMap((id) => byId.get(id)?.reasons.map((r) => r.id) ?? []);
}
