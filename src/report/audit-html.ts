// Audit run -> one self-contained HTML page an advocate can hand to an agency: it opens offline,
// loads nothing, and reads without script (a small inline script only sorts the table).
// Every string from a document is escaped; the CSP forbids any other script or resource.
import type { Finding, Report } from '../core/types.js';
import { scoreChartSvg } from './audit-chart.js';
import { REPORT_CSS, SORT_SCRIPT, SORT_SCRIPT_HASH } from './audit-html-assets.js';
import type { AuditDocument, AuditRun, AuditSummary, FailedDocument } from './audit-model.js';
import { orderForReport } from './audit-order.js';
import { findingContext } from './finding-context.js';
import { escapeHtml as e } from './html-escape.js';
import {
  documentFacts,
  FAMILY_LABELS,
  findingHead,
  isMissing,
  livedExperienceCounts,
  rankFindings,
  roleKindLabel,
  subscoresLine,
} from './report-labels.js';
import { citedDocuments, documentCitation, placeText, sourceReference } from './source-references.js';
import { lineStarts } from './text-position.js';

function csp(withScript: boolean): string {
  const script = withScript ? `'${SORT_SCRIPT_HASH}'` : "'none'";
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${script}; base-uri 'none'; form-action 'none'`;
}

function page(title: string, body: string, withScript: boolean): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp(withScript)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="PeerLens">',
    `<title>${e(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    withScript ? `<script>${SORT_SCRIPT}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function gradeBadge(grade: string | null): string {
  const known = grade && /^[A-F]$/.test(grade) ? grade : 'none';
  return `<span class="grade grade-${known}">${e(grade ?? '–')}</span>`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sourceLinks(f: Finding): string {
  const links = f.sources.map((s) => {
    const r = sourceReference(s);
    const place = placeText(r);
    const doc = r.url ? `<a href="${e(r.url)}">${e(documentCitation(r))}</a>` : e(documentCitation(r));
    return `${doc}${place ? `, ${e(place)}` : ''}`;
  });
  // Two cited line ranges in one section read the same: each reference is shown once.
  return [...new Set(links)].join('; ');
}

function contextQuote(text: string, f: Finding): string {
  const c = findingContext(text, f.start, f.end);
  const before = `${c.clippedBefore ? '…' : ''}${e(c.before)}`;
  const after = `${e(c.after)}${c.clippedAfter ? '…' : ''}`;
  return `<blockquote>${before}<mark>${e(c.match)}</mark>${after}</blockquote>`;
}

function findingItem(report: Report, f: Finding, starts: number[]): string {
  const h = findingHead(f, starts);
  const head = [
    `<span class="sev sev-${e(h.severity)}">${e(h.severity)}</span>`,
    h.points ? `<span title="points the score wins back when fixed">${e(h.points)}</span>` : '',
    e(h.place),
    e(h.reason),
  ]
    .filter(Boolean)
    .join(' · ');
  const label = f.fix === 'insert' ? 'Add' : 'Instead';
  const suggestions = f.suggestions.length
    ? `<ul class="suggestions">${f.suggestions.map((s) => `<li><b>${label}:</b> ${e(s)}</li>`).join('')}</ul>`
    : '';
  const sources = f.sources.length ? `<p class="source">Source: ${sourceLinks(f)}</p>` : '';
  return [
    '<li>',
    `<p class="finding-head">${head}</p>`,
    isMissing(f) ? '' : contextQuote(report.text, f),
    `<p>${e(f.message)}</p>`,
    suggestions,
    sources,
    '</li>',
  ].join('');
}

export function reportSectionHtml(report: Report, id: string, backLink: boolean): string {
  const starts = lineStarts(report.text);
  const findings = rankFindings(report.findings);
  const lines = [
    `<section class="doc-section" id="${e(id)}">`,
    `<h3>${e(report.source ?? '-')}</h3>`,
    `<p>${gradeBadge(report.grade)} <b>Score ${report.score}/100</b> <span class="muted">(${e(subscoresLine(report))})</span></p>`,
    `<p>${documentFacts(report)
      .map((fact) => `<b>${fact.label}:</b> ${e(fact.value)}`)
      .join('<br>')}</p>`,
    ...report.notes.map((n) => `<p class="muted"><i>${e(n)}</i></p>`),
    `<h4>${plural(findings.length, 'finding')}${findings.length > 1 ? ', most points first' : ''}</h4>`,
    findings.length ? `<ol class="findings">${findings.map((f) => findingItem(report, f, starts)).join('\n')}</ol>` : '<p>No findings.</p>',
    backLink ? '<p class="back"><a href="#documents">Back to the table</a></p>' : '',
    '</section>',
  ];
  return lines.filter(Boolean).join('\n');
}

function failedSection(doc: FailedDocument, id: string): string {
  return [
    `<section class="doc-section failed" id="${e(id)}">`,
    `<h3>${e(doc.source)}</h3>`,
    `<p><b>Could not be read</b> <span class="muted">(${e(doc.code)})</span>: ${e(doc.message)}</p>`,
    '<p class="back"><a href="#documents">Back to the table</a></p>',
    '</section>',
  ].join('\n');
}

function stat(value: string | number, label: string): string {
  return `<li><b>${e(String(value))}</b>${e(label)}</li>`;
}

function summarySection(s: AuditSummary): string {
  const issues = s.topIssues.length
    ? [
        '<table><thead><tr><th>Issue</th><th>Family</th><th class="num">Documents</th><th class="num">Findings</th><th>Most frequent wording</th></tr></thead><tbody>',
        ...s.topIssues.map(
          (i) =>
            `<tr><td data-label="Issue">${e(i.message)}</td><td data-label="Family">${e(FAMILY_LABELS[i.family])}</td><td class="num" data-label="Documents">${i.documents}</td><td class="num" data-label="Findings">${i.findings}</td><td data-label="Most frequent wording">${i.examples.map((x) => `“${e(x)}”`).join(', ') || '<i>something missing</i>'}</td></tr>`,
        ),
        '</tbody></table>',
      ].join('\n')
    : '<p>No scored issues in any document.</p>';
  const grades = Object.entries(s.grades)
    .map(([g, n]) => `${gradeBadge(g)} ${n}`)
    .join(' &nbsp; ');
  return [
    '<section id="summary">',
    '<h2>Summary</h2>',
    '<ul class="stats">',
    stat(s.documents, 'documents'),
    stat(s.analyzed, 'analyzed'),
    stat(s.errors, 'could not be read'),
    stat(s.findings, 'findings'),
    stat(s.medianScore ?? '–', 'median score'),
    stat(s.peerRoles, 'peer-support roles'),
    '</ul>',
    s.peerRoles
      ? `<p>Lived experience in the ${plural(s.peerRoles, 'peer-support role')}: ${e(livedExperienceCounts(s.livedExperience).join(' · '))}.</p>`
      : '',
    `<p>Grades: ${grades}</p>`,
    '<figure>',
    scoreChartSvg(s.distribution),
    '<figcaption class="muted">Documents by score (higher is better).</figcaption>',
    '</figure>',
    '<h3>Most frequent issues</h3>',
    '<p class="muted">Issues that count toward the score, by how many documents have them. Contested wording (info) is listed per document only.</p>',
    issues,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

function tableRow(doc: AuditDocument, id: string): string {
  const name = doc.kind === 'report' ? (doc.report.source ?? '-') : doc.source;
  const link = `<td class="doc" data-label="Document" data-value="${e(name.toLowerCase())}"><a href="#${e(id)}">${e(name)}</a></td>`;
  if (doc.kind === 'error') {
    return `<tr>${link}<td class="num" data-label="Score" data-value="">–</td><td data-label="Grade" data-value="">${gradeBadge(null)}</td><td class="num" data-label="Findings" data-value="">–</td><td data-label="Role" data-value="">could not be read: ${e(doc.code)}</td></tr>`;
  }
  const r = doc.report;
  const count = r.findings.length;
  return `<tr>${link}<td class="num" data-label="Score" data-value="${r.score}">${r.score}</td><td data-label="Grade" data-value="${e(r.grade)}">${gradeBadge(r.grade)}</td><td class="num" data-label="Findings" data-value="${count}">${count}</td><td data-label="Role" data-value="${e(roleKindLabel(r))}">${e(roleKindLabel(r))}</td></tr>`;
}

function documentsTable(ordered: ReadonlyArray<{ doc: AuditDocument; id: string }>): string {
  return [
    '<section id="documents">',
    '<h2>Documents</h2>',
    '<p class="muted">Worst score first. Click a column heading to sort; click a document for its findings.</p>',
    '<table data-sortable><thead><tr>',
    '<th><button type="button">Document</button></th>',
    '<th class="num" data-type="number" aria-sort="ascending"><button type="button">Score</button></th>',
    '<th><button type="button">Grade</button></th>',
    '<th class="num" data-type="number"><button type="button">Findings</button></th>',
    '<th><button type="button">Role</button></th>',
    '</tr></thead><tbody>',
    ...ordered.map(({ doc, id }) => tableRow(doc, id)),
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

function sourcesSection(reports: readonly Report[]): string {
  const docs = citedDocuments(reports);
  if (docs.length === 0) return '';
  return [
    '<section id="sources">',
    '<h2>Sources</h2>',
    '<ul>',
    ...docs.map((r) => `<li>${e(documentCitation(r))}${r.url ? `. <a href="${e(r.url)}">${e(r.url)}</a>` : ''}</li>`),
    '</ul>',
    '</section>',
  ].join('\n');
}

export interface AuditHtmlOptions {
  title?: string;
}

export function buildAuditHtml(run: AuditRun, options: AuditHtmlOptions = {}): string {
  const title = options.title ?? 'PeerLens audit report';
  const ordered = orderForReport(run.documents).map((doc, i) => ({ doc, id: `doc-${i + 1}` }));
  const reports = run.documents.flatMap((d) => (d.kind === 'report' ? [d.report] : []));
  const s = run.summary;
  const when = s.generatedAt ? ` on ${e(s.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))}` : '';
  const details = ordered.map(({ doc, id }) => (doc.kind === 'report' ? reportSectionHtml(doc.report, id, true) : failedSection(doc, id)));
  const body = [
    '<header>',
    `<h1>${e(title)}</h1>`,
    `<p class="meta">${plural(s.documents, 'document')} checked by PeerLens${when} for stigmatizing language, peer-role consistency and lived-experience requirements.</p>`,
    '</header>',
    '<main>',
    summarySection(s),
    documentsTable(ordered),
    '<section id="details">',
    '<h2>Findings by document</h2>',
    ...details,
    '</section>',
    sourcesSection(reports),
    '</main>',
  ].join('\n');
  return page(title, body, true);
}

/** One document's report as a standalone page: the extension's "Export report" (no script). */
export function exportReportHtml(report: Report): string {
  const title = `PeerLens report: ${report.source ?? 'document'}`;
  const body = [
    '<header>',
    '<h1>PeerLens report</h1>',
    '<p class="meta">Checked by PeerLens for stigmatizing language, peer-role consistency and lived-experience requirements.</p>',
    '</header>',
    '<main>',
    reportSectionHtml(report, 'document', false),
    sourcesSection([report]),
    '</main>',
  ].join('\n');
  return page(title, body, false);
}
