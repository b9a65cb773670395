// Where the audit report goes. --out names a file (its extension picks the format) or a folder
// (one file per format as peerlens-audit.<ext>); without --out one format goes to stdout.
// Only the planned files are ever written, each as a new file renamed into place: never through
// a symbolic link, and a reader never sees half a report.
import { lstat, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
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
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.csv': 'csv',
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

/** Why a report cannot go to `path` (a link or something other than a file), or null. */
async function unwritable(path: string): Promise<string | null> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return null;
  if (info.isSymbolicLink()) return `${path} is a symbolic link; PeerLens does not write through links (remove it or choose another --out)`;
  if (!info.isFile()) return `${path} exists and is not a file; choose another --out`;
  return null;
}

export async function planOutputs(out: string | undefined, format: FormatChoice | undefined): Promise<OutputPlan> {
  const plan = await planPaths(out, format);
  if (!plan.ok) return plan;
  for (const output of plan.outputs) {
    const problem = output.path === null ? null : await unwritable(output.path);
    if (problem) return { ok: false, message: problem };
  }
  return plan;
}

async function planPaths(out: string | undefined, format: FormatChoice | undefined): Promise<OutputPlan> {
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
    return {
      ok: false,
      message: `cannot tell the report format from --out ${out}; use --format ${AUDIT_FORMATS.join('|')} or a .html, .md, .json or .csv name`,
    };
  }
  if (format && byExtension && byExtension !== format) {
    return { ok: false, message: `--out ${out} names a .${byExtension} file but --format is ${format}` };
  }
  return { ok: true, outputs: [{ format: chosen, path: out }] };
}

export function renderReport(format: AuditFormat, run: AuditRun): string {
  switch (format) {
    case 'html':
      return buildAuditHtml(run);
    case 'md':
      return buildAuditMarkdown(run);
    case 'json':
      return buildAuditJson(run);
    case 'csv':
      return buildAuditCsv(run);
  }
}

export interface WrittenOutput {
  path: string;
  /** An earlier file of that name was replaced. */
  replaced: boolean;
}

export class OutputError extends Error {
  override readonly name = 'OutputError';
}

/**
 * Writes `content` to a new hidden file beside `path` (created exclusively: an existing file or
 * link of that name is an error, never followed), then renames it over `path`. A rename replaces
 * a link itself, not what it points to, so even a link made after the plan was checked is safe.
 */
export async function writeFileSafely(path: string, content: string): Promise<WrittenOutput> {
  await mkdir(dirname(path), { recursive: true });
  const problem = await unwritable(path);
  if (problem) throw new OutputError(problem);
  const replaced = (await lstat(path).catch(() => undefined)) !== undefined;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  return { path, replaced };
}

/** Writes the planned outputs; returns the files written. */
export async function writeOutputs(
  outputs: readonly PlannedOutput[],
  run: AuditRun,
  stdout: { write(chunk: string): unknown },
): Promise<WrittenOutput[]> {
  const written: WrittenOutput[] = [];
  for (const output of outputs) {
    const content = renderReport(output.format, run);
    if (output.path === null) {
      stdout.write(content);
      continue;
    }
    written.push(await writeFileSafely(output.path, content));
  }
  return written;
}
