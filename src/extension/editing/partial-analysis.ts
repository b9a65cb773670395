// Re-checking only the paragraphs the user edited (a 10-page draft stays smooth while typing):
// the edited part is analyzed alone, under the role the last full check found, and its findings
// join those of the untouched paragraphs, moved by the edit; the whole is scored again.
// Findings about the whole document (something missing) come from the last full check.
import type { Analyzer } from '../../core/analyze.js';
import { scoreFindings } from '../../core/scoring/score-report.js';
import type { AnalyzeOptions, Finding, Report } from '../../core/types.js';
import { changedParagraphs, shiftFindings, type TextRange } from './changed-paragraphs.js';

/** An edit touching more than this share of the text is checked in full. */
const MAX_PART_SHARE = 0.5;

/** The part of `text` to re-check after `previous`, or null when a full check is needed. */
export function partToRecheck(previous: Report, text: string): TextRange | null {
  const change = changedParagraphs(previous.text, text);
  if (!change) return { start: 0, end: 0 };
  const size = change.newRange.end - change.newRange.start;
  return size > text.length * MAX_PART_SHARE ? null : change.newRange;
}

export function analyzePart(analyzer: Analyzer, text: string, previous: Report, options: AnalyzeOptions): Report {
  const change = changedParagraphs(previous.text, text);
  if (!change) return previous;
  const { start, end } = change.newRange;
  const kept = shiftFindings(previous.findings, change);
  // The role stays what the full check found (or what the user chose): a paragraph alone
  // says too little about the job to detect it again.
  const category = options.category !== undefined ? options.category : previous.role.isPeerRole ? previous.role.category : null;
  const fresh: Finding[] =
    end > start
      ? analyzer
          .analyze(text.slice(start, end), { ...options, category })
          .findings.filter((f) => f.end > f.start)
          .map((f) => ({ ...f, start: f.start + start, end: f.end + start }))
      : [];
  const findings = kept.concat(fresh).sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const scored = scoreFindings(findings, previous.role.isPeerRole);
  return { ...previous, score: scored.score, grade: scored.grade, subscores: scored.subscores, findings: scored.findings, text };
}
