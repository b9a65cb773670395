// Report -> the JSON contract of report-schema.ts. Fields are picked one by one so that what the
// core adds to Report later never leaks into the contract by accident; `text` stays out.
import type { Finding, Report, SourceRef } from '../core/types.js';
import type { FindingJson, ReportJson } from './report-schema.js';
import { sourceReference } from './source-references.js';

type SourceJson = FindingJson['sources'][number];

/** A citation as the report shows it, worked out once per citation of one report: a long
 * document's findings cite the same few places thousands of times. */
function sourceJson(s: SourceRef, known: Map<string, SourceJson>): SourceJson {
  const key = `${s.id}\n${s.ref}`;
  let json = known.get(key);
  if (!json) {
    const r = sourceReference(s);
    json = {
      id: s.id,
      ref: s.ref,
      title: r.title,
      ...(r.section ? { section: r.section } : {}),
      ...(r.page ? { page: r.page } : {}),
      ...(r.url ? { url: r.url } : {}),
    };
    known.set(key, json);
  }
  return json;
}

function findingJson(f: Finding, sources: Map<string, SourceJson>): FindingJson {
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
    sources: f.sources.map((s) => sourceJson(s, sources)),
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.reason ? { reason: f.reason } : {}),
  };
}

export function reportToJson(report: Report, source = report.source ?? '-'): ReportJson {
  const sources = new Map<string, SourceJson>();
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
    findings: report.findings.map((f) => findingJson(f, sources)),
  };
}

/** One report as `--format json` prints it, without the final newline. */
export function reportJsonText(report: Report): string {
  return JSON.stringify(reportToJson(report), null, 2);
}

/**
 * Reports already made into JSON text (reportJsonText) joined as formatJson prints them: inside
 * an array each line is indented two more spaces, as JSON.stringify(array, null, 2) does (a JSON
 * text has no line break inside its strings, which are escaped).
 */
export function joinJsonReports(texts: readonly string[], asArray = texts.length !== 1): string {
  const [first] = texts;
  if (!asArray && first !== undefined) return `${first}\n`;
  if (texts.length === 0) return '[]\n';
  return `[\n  ${texts.map((t) => t.replaceAll('\n', '\n  ')).join(',\n  ')}\n]\n`;
}

/**
 * One object for one input, an array when several inputs were given (even if only one of them
 * could be read); two-space indented, newline-terminated.
 */
export function formatJson(reports: readonly Report[], asArray = reports.length !== 1): string {
  return joinJsonReports(
    reports.map((r) => reportJsonText(r)),
    asArray,
  );
}
