// Audit run -> Markdown: the same content as the HTML report (summary, most frequent issues,
// documents worst first, each finding quoted in its sentence with suggestion and source).
import type { Finding, Report } from '../core/types.js';
import type { AuditRun, AuditSummary, FailedDocument } from './audit-model.js';
import { orderForReport } from './audit-order.js';
import { findingContext } from './finding-context.js';
import { escapeMarkdown } from './format-markdown.js';
import { markdownReference, markdownSourcesSection } from './format-markdown.js';
import {
  FAMILY_LABELS,
  findingHead,
  isMissing,
  livedExperienceCounts,
  rankFindings,
  roleFacts,
  roleKindLabel,
  subscoresLine,
} from './report-labels.js';
import { lineStarts } from './text-position.js';

const m = escapeMarkdown;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function contextLine(text: string, f: Finding): string {
  const c = findingContext(text, f.start, f.end);
  const before = `${c.clippedBefore ? '…' : ''}${m(c.before)}`;
  const after = `${m(c.after)}${c.clippedAfter ? '…' : ''}`;
  return `   > ${before}**${m(c.match)}**${after}`;
}

function findingItem(report: Report, f: Finding, n: number, starts: number[]): string {
  const h = findingHead(f, starts);
  const head = [h.severity, h.points, h.place, h.reason].filter(Boolean).join(' · ');
  const lines = [`${n}. **${head}** — ${m(f.message)}`];
  if (!isMissing(f)) lines.push('', contextLine(report.text, f), '');
  const label = f.fix === 'insert' ? 'Add' : 'Instead';
  for (const s of f.suggestions) lines.push(`   - ${label}: ${m(s)}`);
  if (f.sources.length) lines.push(`   - Source: ${f.sources.map(markdownReference).join('; ')}`);
  return lines.join('\n');
}

/** One document's section; `level` is the heading level of its title. */
export function reportSectionMarkdown(report: Report, level = 2): string {
  const h = '#'.repeat(level);
  const out = [
    `${h} ${m(report.source ?? '-')}`,
    '',
    `**Score ${report.score}/100 (${m(report.grade)})** — ${subscoresLine(report)}`,
    '',
    ...roleFacts(report).map((fact) => `- **${fact.label}:** ${m(fact.value)}`),
  ];
  for (const note of report.notes) out.push(`- *${m(note)}*`);
  const findings = rankFindings(report.findings);
  out.push('', `${h}# ${plural(findings.length, 'finding')}`, '');
  if (findings.length === 0) out.push('No findings.');
  const starts = lineStarts(report.text);
  findings.forEach((f, i) => {
    out.push(findingItem(report, f, i + 1, starts), '');
  });
  return out.join('\n').trimEnd();
}

function summarySection(s: AuditSummary): string {
  const out = [
    '## Summary',
    '',
    `- **${s.documents}** documents: ${s.analyzed} analyzed, ${s.errors} could not be read`,
    `- **${s.findings}** findings (language ${s.findingsByFamily.language}, role ${s.findingsByFamily.role}, lived experience ${s.findingsByFamily['lived-experience']})`,
    `- Median score **${s.medianScore ?? '–'}**, mean ${s.meanScore ?? '–'}, lowest ${s.minScore ?? '–'}, highest ${s.maxScore ?? '–'}`,
    `- Grades: ${Object.entries(s.grades)
      .map(([g, n]) => `${g} ${n}`)
      .join(' · ')}`,
  ];
  if (s.peerRoles) {
    out.push(`- ${plural(s.peerRoles, 'peer-support role')}; lived experience ${livedExperienceCounts(s.livedExperience).join(' · ')}`);
  }
  const max = Math.max(1, ...s.distribution.map((b) => b.count));
  out.push('', '### Score distribution', '', '| Score | Documents | |', '|---|---:|---|');
  for (const b of [...s.distribution].reverse()) {
    out.push(`| ${b.from}–${b.to} | ${b.count} | ${'█'.repeat(Math.round((b.count / max) * 20))} |`);
  }
  out.push('', '### Most frequent issues', '');
  if (s.topIssues.length === 0) out.push('No scored issues in any document.');
  else {
    out.push('| Issue | Family | Documents | Findings | Most frequent wording |', '|---|---|---:|---:|---|');
    for (const i of s.topIssues) {
      const examples = i.examples.map((x) => `“${m(x)}”`).join(', ') || '*something missing*';
      out.push(`| ${m(i.message)} | ${FAMILY_LABELS[i.family]} | ${i.documents} | ${i.findings} | ${examples} |`);
    }
  }
  return out.join('\n');
}

function documentsTable(run: AuditRun): string {
  const out = ['## Documents', '', 'Worst score first.', '', '| Document | Score | Grade | Findings | Role |', '|---|---:|---|---:|---|'];
  for (const d of orderForReport(run.documents)) {
    if (d.kind === 'error') out.push(`| ${m(d.source)} | – | – | – | could not be read: ${m(d.code)} |`);
    else {
      const r = d.report;
      out.push(`| ${m(r.source ?? '-')} | ${r.score} | ${m(r.grade)} | ${r.findings.length} | ${m(roleKindLabel(r))} |`);
    }
  }
  return out.join('\n');
}

function failedList(failed: readonly FailedDocument[]): string {
  if (failed.length === 0) return '';
  return ['## Could not be read', '', ...failed.map((d) => `- **${m(d.source)}** (${m(d.code)}): ${m(d.message)}`)].join('\n');
}

export function buildAuditMarkdown(run: AuditRun, title = 'PeerLens audit report'): string {
  const ordered = orderForReport(run.documents);
  const reports = ordered.flatMap((d) => (d.kind === 'report' ? [d.report] : []));
  const failed = ordered.flatMap((d) => (d.kind === 'error' ? [d] : []));
  const when = run.summary.generatedAt ? ` on ${run.summary.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
  const parts = [
    `# ${m(title)}`,
    `${plural(run.summary.documents, 'document')} checked by PeerLens${when} for stigmatizing language, peer-role consistency and lived-experience requirements.`,
    summarySection(run.summary),
    documentsTable(run),
    '## Findings by document',
    ...reports.map((r) => reportSectionMarkdown(r, 3)),
    failedList(failed),
    markdownSourcesSection(reports),
  ];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** One document's report, as the extension's "Export report" saves it. */
export function exportReportMarkdown(report: Report): string {
  const parts = ['# PeerLens report', reportSectionMarkdown(report, 2), markdownSourcesSection([report])];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
