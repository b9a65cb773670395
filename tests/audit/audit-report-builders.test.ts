// The report builders on hand-made runs: escaping of hostile text, the script hash in the CSP,
// CSV quoting, the single-document exports the extension uses.
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import type { Report } from '../../src/core/types.js';
import { buildAuditCsv } from '../../src/report/audit-csv.js';
import { csvField } from '../../src/report/csv.js';
import { SORT_SCRIPT, SORT_SCRIPT_HASH } from '../../src/report/audit-html-assets.js';
import { buildAuditHtml, exportReportHtml } from '../../src/report/audit-html.js';
import { auditToJson } from '../../src/report/audit-json.js';
import { buildAuditMarkdown, exportReportMarkdown } from '../../src/report/audit-markdown.js';
import type { AuditDocument, AuditRun } from '../../src/report/audit-model.js';
import { auditJsonSchema } from '../../src/report/audit-schema.js';
import { summarize } from '../../src/report/audit-summary.js';
import { parseCsv } from './parse-csv.js';

const HOSTILE = '"><script>alert(1)</script><a href="https://evil.example">x</a>';

function reportOf(text: string, source: string): Report {
  return { ...analyze(text), source };
}

function runOf(documents: AuditDocument[]): AuditRun {
  return { summary: summarize(documents), documents };
}

const hostileDoc = reportOf(`Peer Support Specialist\n\nWe hire addicts ${HOSTILE} and the mentally ill.\n`, `${HOSTILE}.txt`);
const run = runOf([
  { kind: 'report', report: hostileDoc, via: 'text' },
  { kind: 'report', report: reportOf('Recovery Coach\n\n=HYPERLINK("x") addicts welcome, "quoted", too.\n', 'b.txt'), via: 'text' },
  { kind: 'error', source: `${HOSTILE}.pdf`, code: 'corrupt', message: `is not a readable PDF ${HOSTILE}` },
]);

describe('HTML report', () => {
  it('allows exactly its own script by hash', () => {
    const hash = `sha256-${createHash('sha256').update(SORT_SCRIPT, 'utf8').digest('base64')}`;
    expect(SORT_SCRIPT_HASH).toBe(hash);
    const html = buildAuditHtml(run);
    expect(html).toContain(`script-src '${hash}'`);
    expect(html).toContain(`<script>${SORT_SCRIPT}</script>`);
  });

  it('shows hostile names, text and error messages as text only', () => {
    const { document } = parseHTML(buildAuditHtml(run));
    expect(document.querySelectorAll('script')).toHaveLength(1);
    // links stay in the report, except those to the sources' own addresses
    for (const a of document.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(?:#|https?:\/\/[a-z0-9.-]+\.[a-z]+(?:\/|$))/);
    const text = document.body.textContent ?? '';
    expect(text).toContain(`${HOSTILE}.txt`);
    expect(text).toContain(`is not a readable PDF ${HOSTILE}`);
    expect(document.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  it('sorts the table worst score first, unreadable documents last', () => {
    const { document } = parseHTML(buildAuditHtml(run));
    const scores = [...document.querySelectorAll('#documents tbody tr')].map((tr) => tr.children[1]!.getAttribute('data-value'));
    const numbers = scores.slice(0, 2).map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(scores[2]).toBe('');
  });

  it('exports one document without script, summary or table', () => {
    const html = exportReportHtml(hostileDoc);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(html).toContain("script-src 'none'");
    expect(document.querySelector('#documents')).toBeNull();
    expect(document.querySelectorAll('.findings > li')).toHaveLength(hostileDoc.findings.length);
    expect(document.querySelector('h3')?.textContent).toBe(`${HOSTILE}.txt`);
  });
});

describe('Markdown report', () => {
  it('escapes markup from documents', () => {
    const md = buildAuditMarkdown(run);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(exportReportMarkdown(hostileDoc)).toMatch(/^# PeerLens report\n\n## /);
  });
});

describe('CSV report', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
  });

  it('has one row per finding, in the right columns', () => {
    const rows = parseCsv(buildAuditCsv(run));
    const findings = run.summary.findings;
    expect(rows.length - 1).toBe(findings);
    const docs = new Set(rows.slice(1).map((r) => r[0]));
    expect(docs).toEqual(new Set([`${HOSTILE}.txt`, 'b.txt']));
  });
});

describe('JSON report', () => {
  it('validates and keeps the error rows apart from the reports', () => {
    const json = auditJsonSchema.parse(JSON.parse(JSON.stringify(auditToJson(run))));
    expect(json.documents.map((d) => d.source)).toEqual([`${HOSTILE}.txt`, 'b.txt']);
    expect(json.errors).toEqual([{ source: `${HOSTILE}.pdf`, code: 'corrupt', message: `is not a readable PDF ${HOSTILE}` }]);
  });
});

describe('summary', () => {
  it('counts scores into ten buckets and ranks issues by documents', () => {
    const s = run.summary;
    expect(s.distribution.reduce((n, b) => n + b.count, 0)).toBe(2);
    expect(s.distribution.at(-1)).toMatchObject({ from: 90, to: 100 });
    const addict = s.topIssues.find((i) => i.examples.includes('addicts'));
    expect(addict?.documents).toBe(2);
    expect(s.topIssues.every((i) => i.severity !== 'info')).toBe(true);
  });
});
