// Findings as marks for the page: only those that stand on a span of text (a finding about
// something missing, like "no lived-experience requirement", has nothing to underline).
import type { Finding, Report } from '../../core/types.js';
import type { Mark } from './protocol.js';

/** A finding's id within one report: its index, stable while the report is shown. */
export function findingId(index: number): string {
  return `f${index}`;
}

export function hasSpan(finding: Finding): boolean {
  return finding.end > finding.start && finding.text.trim().length > 0;
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
    });
  });
  return marks;
}
