// AuditDocument[] -> AuditSummary: counts, score distribution and the most frequent issues.
import type { Family, Finding, LivedExperienceStatus, Report, Severity } from '../core/types.js';
import type { AuditDocument, AuditSummary, IssueCount, ScoreBucket } from './audit-model.js';
import { isMissing } from './report-labels.js';

export const TOP_ISSUES = 10;
const EXAMPLES = 3;

export interface SummaryOptions {
  generatedAt?: string;
  skippedFiles?: number;
}

/** 0–9, 10–19, …, 80–89, 90–100. */
export function scoreDistribution(scores: readonly number[]): ScoreBucket[] {
  const buckets = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, count: 0 }));
  for (const s of scores) buckets[Math.min(9, Math.floor(s / 10))]!.count += 1;
  return buckets;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Lower-cased, whitespace-collapsed, so "Addicts" and "addicts" count as one wording. */
function wording(f: Finding): string {
  return f.text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function topIssues(reports: readonly Report[]): IssueCount[] {
  const byRule = new Map<string, { issue: IssueCount; wordings: Map<string, number> }>();
  for (const report of reports) {
    const seen = new Set<string>();
    for (const f of report.findings) {
      if (f.severity === 'info') continue; // contested wording never counts toward the score
      let entry = byRule.get(f.ruleId);
      if (!entry) {
        entry = {
          issue: { ruleId: f.ruleId, family: f.family, severity: f.severity, message: f.message, examples: [], documents: 0, findings: 0 },
          wordings: new Map(),
        };
        byRule.set(f.ruleId, entry);
      }
      entry.issue.findings += 1;
      if (!seen.has(f.ruleId)) {
        seen.add(f.ruleId);
        entry.issue.documents += 1;
      }
      if (!isMissing(f)) entry.wordings.set(wording(f), (entry.wordings.get(wording(f)) ?? 0) + 1);
    }
  }
  const issues = [...byRule.values()].map(({ issue, wordings }) => ({
    ...issue,
    examples: [...wordings]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, EXAMPLES)
      .map(([w]) => w),
  }));
  return issues
    .sort((a, b) => b.documents - a.documents || b.findings - a.findings || a.ruleId.localeCompare(b.ruleId))
    .slice(0, TOP_ISSUES);
}

export function summarize(documents: readonly AuditDocument[], options: SummaryOptions = {}): AuditSummary {
  const reports = documents.flatMap((d) => (d.kind === 'report' ? [d.report] : []));
  const scores = reports.map((r) => r.score).sort((a, b) => a - b);
  const findingsByFamily: Record<Family, number> = { language: 0, role: 0, 'lived-experience': 0 };
  const findingsBySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const livedExperience: Record<LivedExperienceStatus, number> = { required: 0, preferred: 0, mentioned: 0, absent: 0 };
  const grades: Record<string, number> = { A: 0, B: 0, C: 0, D: 0, F: 0 };
  let peerRoles = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      findingsByFamily[f.family] += 1;
      findingsBySeverity[f.severity] += 1;
    }
    grades[r.grade] = (grades[r.grade] ?? 0) + 1;
    if (r.role.isPeerRole) {
      peerRoles += 1;
      livedExperience[r.livedExperience.status] += 1;
    }
  }
  return {
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    documents: documents.length,
    analyzed: reports.length,
    errors: documents.length - reports.length,
    skippedFiles: options.skippedFiles ?? 0,
    findings: reports.reduce((n, r) => n + r.findings.length, 0),
    findingsByFamily,
    findingsBySeverity,
    meanScore: scores.length ? round1(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
    medianScore: median(scores),
    minScore: scores[0] ?? null,
    maxScore: scores.at(-1) ?? null,
    grades,
    distribution: scoreDistribution(scores),
    peerRoles,
    livedExperience,
    topIssues: topIssues(reports),
  };
}
