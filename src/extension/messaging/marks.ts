// Findings as marks for the page: only those that stand on a span of text (a finding about
// something missing, like "no lived-experience requirement", has nothing to underline).
import type { Finding, Report } from '../../core/types.js';
import { referenceText, sourceReference } from '../../core/sources/source-reference.js';
import type { Mark } from './protocol.js';

/** A finding's id within one report: its index, stable while the report is shown. */
export function findingId(index: number): string {
  return `f${index}`;
}

export function hasSpan(finding: Finding): boolean {
  return finding.end > finding.start && finding.text.trim().length > 0;
}

function sourceOf(finding: Finding): Pick<Mark, 'source'> {
  const first = finding.sources[0];
  if (!first) return {};
  const r = sourceReference(first);
  return { source: { text: referenceText(r), ...(r.url ? { url: r.url } : {}) } };
}

export function marksFromReport(report: Report): Mark[] {
  const marks: Mark[] = [];
  report.findings.forEach((finding, index) => {
    if (!hasSpan(finding)) return;
    marks.push({
      id: findingId(index),
      start: finding.start,
      end: finding.end,
      text: finding.text,
      severity: finding.severity,
      message: finding.message,
      suggestions: finding.fix === 'insert' ? [] : finding.suggestions,
      ...sourceOf(finding),
    });
  });
  return marks;
}
