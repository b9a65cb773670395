// Where the audit report goes. --out names a file (its extension picks the format) or a folder
// (one file per format as peerlens-audit.<ext>); without --out one format goes to stdout.
// Only the planned files are ever written.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import type { AuditRun } from '../report/audit-model.js';
import { buildAuditCsv } from '../report/audit-csv.js';
import { buildAuditHtml } from '../report/audit-html.js';
import { buildAuditJson } from '../report/audit-json.js';
import { buildAuditMarkdown } from '../report/audit-markdown.js';

export const AUDIT_FORMATS = ['html', 'md', 'json', 'csv'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];
export type FormatChoice = AuditFormat | 'all';

export const REPORT_BASENAME = 'peerlens-audit';

const EXTENSIONS: Record<string, AuditFormat> = {
  '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.json': 'json', '.csv': 'csv',
};

export interface PlannedOutput {
  format: AuditFormat;
  /** null: stdout */
  path: string | null;
}

export type OutputPlan = { ok: true; outputs: PlannedOutput[] } | { ok: false; message: string };

async function isDirectory(path: string): Promise<boolean | undefined> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return undefined; // does not exist yet
  }
}

export async function planOutputs(out: string | undefined, format: FormatChoice | undefined): Promise<OutputPlan> {
  if (out === undefined) {
    if (format === 'all') return { ok: false, message: '--format all writes four files; give --out <folder>' };
    return { ok: true, outputs: [{ format: format ?? 'md', path: null }] };
  }
  const existing = await isDirectory(out);
  const byExtension = EXTENSIONS[extname(out).toLowerCase()];
  const folder = existing === true || /[\\/]$/.test(out) || (existing === undefined && !extname(out));
  if (folder) {
    const formats = format === undefined || format === 'all' ? [...AUDIT_FORMATS] : [format];
    return { ok: true, outputs: formats.map((f) => ({ format: f, path: join(out, `${REPORT_BASENAME}.${f}`) })) };
  }
  if (format === 'all') return { ok: false, message: `--format all writes four files; --out ${out} is a file, give a folder` };
  const chosen = format ?? byExtension;
  if (!chosen) {
    return { ok: false, message: `cannot tell the report format from --out ${out}; use --format ${AUDIT_FORMATS.join('|')} or a .html, .md, .json or .csv name` };
  }
  if (format && byExtension && byExtension !== format) {
    return { ok: false, message: `--out ${out} names a .${byExtension} file but --format is ${format}` };
  }
  return { ok: true, outputs: [{ format: chosen, path: out }] };
}

export function renderReport(format: AuditFormat, run: AuditRun): string {
  switch (format) {
    case 'html': return buildAuditHtml(run);
    case 'md': return buildAuditMarkdown(run);
    case 'json': return buildAuditJson(run);
    case 'csv': return buildAuditCsv(run);
  }
}

/** Writes the planned outputs; returns the paths written. */
export async function writeOutputs(
  outputs: readonly PlannedOutput[], run: AuditRun, stdout: { write(chunk: string): unknown },
): Promise<string[]> {
  const written: string[] = [];
  for (const output of outputs) {
    const content = renderReport(output.format, run);
    if (output.path === null) {
      stdout.write(content);
      continue;
    }
    await mkdir(dirname(output.path), { recursive: true });
    await writeFile(output.path, content, 'utf8');
    written.push(output.path);
  }
  return written;
}
