// Report(s) -> a Markdown document an advocate can hand to an agency: scores, role and lived
// experience, the findings ranked by points, and the full titles of the sources cited.
import type { Finding, Report, SourceRef } from '../core/types.js';
import { type FindingHead, documentFacts, findingHead, qualificationLabel, rankFindings, VERDICT_LABELS } from './report-labels.js';
import { citedDocuments, documentCitation, placeText, sourceReference } from './source-references.js';
import { lineStarts } from './text-position.js';

/** Escapes characters Markdown would read as markup, and keeps the text on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

function subscoreCell(value: number | null): string {
  return value === null ? 'not scored' : String(value);
}

function markdownLink(text: string, url: string | undefined): string {
  return url ? `[${escapeMarkdown(text)}](${url})` : escapeMarkdown(text);
}

/** "[Legere, L. (2015). A Provider's Handbook …](url), section “…”" */
export function markdownReference(source: SourceRef): string {
  const r = sourceReference(source);
  const place = placeText(r);
  return `${markdownLink(documentCitation(r), r.url)}${place ? `, ${escapeMarkdown(place)}` : ''}`;
}

function findingItem(f: Finding, n: number, h: FindingHead): string {
  const where = h.position ? `line ${h.position.line}:${h.position.column}` : 'missing';
  const head = [h.severity, h.points, where].filter(Boolean).join(' · ');
  const quoted = h.position ? `“${escapeMarkdown(f.text)}”: ` : '';
  const reason = h.reason ? ` (${h.reason})` : '';
  const lines = [`${n}. **${head}** — ${quoted}${escapeMarkdown(f.message)}${reason}`];
  const label = f.fix === 'insert' ? 'Add' : 'Suggested';
  for (const s of f.suggestions) lines.push(`   - ${label}: ${escapeMarkdown(s)}`);
  if (f.sources.length) {
    lines.push(`   - Source: ${[...new Set(f.sources.map(markdownReference))].join('; ')}`);
  }
  return lines.join('\n');
}

function reportSection(report: Report): string {
  const { subscores } = report;
  const out = [
    `## ${escapeMarkdown(report.source ?? '-')}`,
    '',
    `**For job seekers: ${escapeMarkdown(VERDICT_LABELS[report.jobSeeker.verdict])}**`,
    '',
    ...report.jobSeeker.reasons.map((r) => `- ${escapeMarkdown(r)}`),
    ...(report.jobSeeker.reasons.length ? [''] : []),
    `**Score: ${report.score}/100 (${escapeMarkdown(report.grade)})**`,
    '',
    '| Language | Role | Lived experience |',
    '|---|---|---|',
    `| ${subscoreCell(subscores.language)} | ${subscoreCell(subscores.role)} | ${subscoreCell(subscores.livedExperience)} |`,
    '',
    ...documentFacts(report).map((fact) => `- **${fact.label}:** ${escapeMarkdown(fact.value)}`),
  ];
  for (const note of report.notes) out.push(`- *${escapeMarkdown(note)}*`);
  out.push('', `### Findings (${report.findings.length})`, '');
  if (report.findings.length === 0) out.push('No findings.');
  const starts = lineStarts(report.text);
  rankFindings(report.findings).forEach((f, i) => {
    out.push(findingItem(f, i + 1, findingHead(f, starts)));
  });
  return [...out, ...jobSeekerSection(report)].join('\n');
}

/** Questions to ask the employer, with their sources, and what the posting asks of an applicant. */
function jobSeekerSection(report: Report): string[] {
  const { questions, qualifications } = report.jobSeeker;
  const out: string[] = [];
  if (questions.length) {
    out.push('', '### Questions to ask the employer', '');
    for (const q of questions) {
      const refs = q.sources.map((s) => `${escapeMarkdown(s.id)} ${escapeMarkdown(s.ref)}`).join('; ');
      out.push(`- ${escapeMarkdown(q.text)}`, `  - Why: ${escapeMarkdown(q.why)}`, `  - Source: ${refs}`);
    }
  }
  if (qualifications.length) {
    out.push('', '### What the posting asks of you', '');
    for (const q of qualifications) out.push(`- ${escapeMarkdown(qualificationLabel(q))}${q.text ? `: “${escapeMarkdown(q.text)}”` : ''}`);
  }
  return out;
}

/** The documents cited, each once, with their addresses (shared with the audit report). */
export function markdownSourcesSection(reports: readonly Report[]): string {
  const docs = citedDocuments(reports);
  if (docs.length === 0) return '';
  const items = docs.map((r) => `- ${escapeMarkdown(documentCitation(r))}${r.url ? `. <${r.url}>` : ''}`);
  return ['## Sources', '', ...items].join('\n');
}

export function formatMarkdown(reports: readonly Report[]): string {
  const parts = ['# PeerLens report', ...reports.map(reportSection), markdownSourcesSection(reports)];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
