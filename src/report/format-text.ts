// Report -> the CLI's readable default: a summary, then the findings ranked by the points that
// fixing them wins back, each with line:col, message, suggestions and sources. Concise on purpose.
import pc from 'picocolors';
import type { Finding, Report } from '../core/types.js';
import {
  type FindingHead,
  documentFacts,
  findingHead,
  qualificationLabel,
  rankFindings,
  subscoresLine,
  VERDICT_LABELS,
} from './report-labels.js';
import { referenceWithAddress } from './source-references.js';
import { lineStarts } from './text-position.js';

export interface TextFormatOptions {
  /** ANSI colors (the CLI turns them on for a TTY without NO_COLOR). */
  color?: boolean;
  /** How many role/lived-experience evidence snippets to show. */
  maxEvidence?: number;
}

type Colors = ReturnType<typeof pc.createColors>;

function scoreColor(c: Colors, score: number): (s: string) => string {
  return score >= 80 ? c.green : score >= 60 ? c.yellow : c.red;
}

function severityColor(c: Colors, f: Finding): (s: string) => string {
  return f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.cyan;
}

/** Evidence and source lists are cut short here; the JSON and Markdown formats keep them whole. */
const MAX_EVIDENCE_CHARS = 70;
const MAX_SOURCES = 3;

/** Shortened to max characters; a quotation the cut leaves open is closed after the "…". */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = `${flat.slice(0, max - 1).trimEnd()}…`;
  const straightOpen = (cut.match(/"/g)?.length ?? 0) % 2 === 1;
  const curlyOpen = (cut.match(/“/g)?.length ?? 0) > (cut.match(/”/g)?.length ?? 0);
  return `${cut}${straightOpen ? '"' : ''}${curlyOpen ? '”' : ''}`;
}

function evidence(items: readonly string[], max: number): string {
  if (items.length === 0) return '';
  const shown = items
    .slice(0, max)
    .map((e) => clip(e, MAX_EVIDENCE_CHARS))
    .join('; ');
  return items.length > max ? ` (${shown}; +${items.length - max} more)` : ` (${shown})`;
}

function sourceLine(f: Finding): string {
  // Two cited line ranges in one section read the same: each reference is shown once.
  const distinct = [...new Set(f.sources.map(referenceWithAddress))];
  const refs = distinct.slice(0, MAX_SOURCES).join('; ');
  const all = distinct.length > MAX_SOURCES ? `${refs} (+${distinct.length - MAX_SOURCES} more)` : refs;
  return `Source: ${all}`;
}

function findingLines(f: Finding, h: FindingHead, c: Colors, indent: string): string[] {
  const where = h.position ? `${h.position.line}:${h.position.column}` : '—';
  const head = `${where.padStart(7)}  ${severityColor(c, f)(h.severity.padEnd(7))} ${h.points.padStart(5)}  `;
  const quoted = h.position ? `${c.bold(`"${f.text.replace(/\s+/g, ' ')}"`)}: ` : '';
  const reason = h.reason ? c.dim(` [${h.reason}]`) : '';
  const lines = [`${head}${quoted}${f.message}${reason}`];
  const arrow = f.fix === 'insert' ? 'add:' : '→';
  for (const s of f.suggestions) lines.push(`${indent}${c.green(arrow)} ${s}`);
  if (f.sources.length) lines.push(`${indent}${c.dim(sourceLine(f))}`);
  return lines;
}

export function formatText(report: Report, options: TextFormatOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const maxEvidence = options.maxEvidence ?? 2;
  const out: string[] = [];
  out.push(c.bold(report.source ?? '-'));
  out.push(`  For job seekers: ${c.bold(VERDICT_LABELS[report.jobSeeker.verdict])}`);
  for (const reason of report.jobSeeker.reasons) out.push(`    - ${reason}`);
  const score = scoreColor(c, report.score)(c.bold(`${report.score}/100`));
  out.push(`  Score ${score} (${report.grade})   ${subscoresLine(report)}`);
  for (const fact of documentFacts(report)) out.push(`  ${fact.label}: ${fact.value}${c.dim(evidence(fact.evidence, maxEvidence))}`);
  for (const note of report.notes) out.push(`  ${c.dim(`Note: ${note}`)}`);
  out.push('');
  if (report.findings.length === 0) {
    out.push(`  ${c.green('No findings.')}`);
    return `${[...out, ...jobSeekerLines(report, c)].join('\n')}\n`;
  }
  const count = report.findings.length;
  out.push(`  ${count} finding${count === 1 ? '' : 's'}, most points first:`);
  const starts = lineStarts(report.text);
  const indent = ' '.repeat(24); // under the message column
  for (const f of rankFindings(report.findings)) {
    out.push(...findingLines(f, findingHead(f, starts), c, indent));
  }
  return `${[...out, ...jobSeekerLines(report, c)].join('\n')}\n`;
}

/** Below the findings: the questions to ask the employer and what the posting asks of you. */
function jobSeekerLines(report: Report, c: Colors): string[] {
  const { questions, qualifications } = report.jobSeeker;
  const out: string[] = [];
  if (questions.length) {
    out.push('', '  Questions to ask the employer:');
    for (const q of questions) out.push(`    - ${q.text}`, `      ${c.dim(q.why)}`);
  }
  if (qualifications.length) {
    out.push('', '  What the posting asks of you:');
    for (const q of qualifications) out.push(`    - ${qualificationLabel(q)}${c.dim(evidence([q.text], 1))}`);
  }
  return out;
}
