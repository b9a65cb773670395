// Report -> the JSON contract of report-schema.ts. Fields are picked one by one so that what the
// core adds to Report later never leaks into the contract by accident; `text` stays out.
import type { Finding, Report } from '../core/types.js';
import type { FindingJson, ReportJson } from './report-schema.js';
import { sourceReference } from './source-references.js';

function findingJson(f: Finding): FindingJson {
  return {
    ruleId: f.ruleId,
    family: f.family,
    severity: f.severity,
    start: f.start,
    end: f.end,
    text: f.text,
    message: f.message,
    suggestions: [...f.suggestions],
    points: f.points,
    sources: f.sources.map((s) => {
      const r = sourceReference(s);
      return {
        id: s.id,
        ref: s.ref,
        title: r.title,
        ...(r.section ? { section: r.section } : {}),
        ...(r.page ? { page: r.page } : {}),
        ...(r.url ? { url: r.url } : {}),
      };
    }),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.reason ? { reason: f.reason } : {}),
  };
}

export function reportToJson(report: Report, source = report.source ?? '-'): ReportJson {
  return {
    schemaVersion: 1,
    source,
    score: report.score,
    grade: report.grade,
    subscores: { ...report.subscores },
    notes: [...report.notes],
    document: { kind: report.document.kind, evidence: [...report.document.evidence] },
    role: { isPeerRole: report.role.isPeerRole, category: report.role.category, evidence: [...report.role.evidence] },
    livedExperience: {
      status: report.livedExperience.status,
      specific: report.livedExperience.specific,
      evidence: [...report.livedExperience.evidence],
    },
    jobSeeker: {
      verdict: report.jobSeeker.verdict,
      reasons: [...report.jobSeeker.reasons],
      questions: report.jobSeeker.questions.map((q) => ({
        text: q.text,
        why: q.why,
        sources: q.sources.map((s) => ({ id: s.id, ref: s.ref })),
        findings: [...q.findings],
      })),
      qualifications: report.jobSeeker.qualifications.map((q) => ({
        id: q.id,
        item: q.item,
        status: q.status,
        barrier: q.barrier,
        text: q.text,
        ...(q.kinds ? { kinds: [...q.kinds] } : {}),
      })),
    },
    findings: report.findings.map(findingJson),
  };
}

/**
 * One object for one input, an array when several inputs were given (even if only one of them
 * could be read); two-space indented, newline-terminated.
 */
export function formatJson(reports: readonly Report[], asArray = reports.length !== 1): string {
  const value = asArray || !reports[0] ? reports.map((r) => reportToJson(r)) : reportToJson(reports[0]);
  return `${JSON.stringify(value, null, 2)}\n`;
}
