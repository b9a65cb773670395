// `peerlens audit <dir|file|url>...`: reads every document in the folders, files and URLs given,
// analyzes each (on worker threads, --jobs), and writes one report (HTML, Markdown, JSON, CSV).
// A document that cannot be read is an error row and the run goes on; exit 2 only when no
// document at all could be read, or on bad usage. On a terminal a progress bar runs on stderr;
// otherwise stderr gets one summary line at the end.
import * as z from 'zod/mini';
import { auditOptionsSchema } from '../audit/audit-options.js';
import { OutputError, planOutputs, writeOutputs, type WrittenOutput } from '../audit/audit-outputs.js';
import { NO_PROGRESS, terminalProgress } from '../audit/audit-progress.js';
import { DOCUMENT_EXTENSIONS } from '../audit/collect-targets.js';
import { runAudit, type AuditOutcome } from '../audit/run-audit.js';
import { EXIT, printError, type CliIO, type Engine } from './cli-io.js';
import { readOptions } from './cli-options.js';
import { organizationFlagsShape, runOptions } from './organization-flags.js';

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

function summaryLine(outcome: AuditOutcome, written: readonly WrittenOutput[]): string {
  const s = outcome.run.summary;
  const workers = `${outcome.workers} worker thread${outcome.workers === 1 ? '' : 's'}`;
  const threads =
    outcome.workers === 0
      ? 'on the main thread'
      : outcome.onMainThread === 0
        ? `on ${workers}`
        : `main thread ${outcome.onMainThread}, ${workers} ${outcome.onWorkers}`;
  const parts = [
    `audited ${s.documents} document${s.documents === 1 ? '' : 's'} in ${seconds(outcome.elapsedMs)} (${threads})`,
    `${s.analyzed} analyzed, ${s.errors} could not be read`,
    `${s.findings} finding${s.findings === 1 ? '' : 's'}, median score ${s.medianScore ?? '–'}`,
  ];
  if (written.length)
    parts.push(`report: ${written.map((w) => (w.replaced ? `${w.path} (replaced the earlier file)` : w.path)).join(', ')}`);
  return parts.join('; ');
}

/** Why nothing could be read, in one line: the first few reasons. */
function noReadableInputs(outcome: AuditOutcome, inputs: readonly string[]): string {
  const failed = outcome.run.documents.flatMap((d) => (d.kind === 'error' ? [`${d.source}: ${d.message}`] : []));
  if (failed.length === 0) {
    const skipped = outcome.run.summary.skippedFiles;
    const other = skipped ? `; ${skipped} other file${skipped === 1 ? '' : 's'} skipped` : '';
    return `found no documents to audit in ${inputs.join(', ')} (PeerLens reads ${DOCUMENT_EXTENSIONS.join(', ')}${other})`;
  }
  const shown = failed.slice(0, 5).join('; ');
  const more = failed.length > 5 ? `; and ${failed.length - 5} more` : '';
  return `no document could be read, so no report was written: ${shown}${more}`;
}

export async function auditCommand(inputs: string[], rawOptions: unknown, io: CliIO, engine: Engine): Promise<number> {
  const options = readOptions(z.extend(auditOptionsSchema, organizationFlagsShape), rawOptions, io);
  if (options === undefined) return EXIT.usage;
  if (inputs.includes('-')) {
    printError(io, 'audit reads folders, files and URLs, not stdin; use `peerlens analyze -` for stdin');
    return EXIT.usage;
  }
  const plan = await planOutputs(options.out, options.format);
  if (!plan.ok) {
    printError(io, plan.message);
    return EXIT.usage;
  }
  const stderr = io.stderr as Partial<NodeJS.WriteStream>;
  const progress = stderr.isTTY === true ? terminalProgress(stderr as NodeJS.WriteStream) : NO_PROGRESS;
  const organization = await runOptions(options);
  if (!organization.ok) {
    printError(io, organization.message);
    return EXIT.usage;
  }
  const analyzeOptions = organization.options;
  await engine.prepare?.(); // the main thread audits documents too
  let outcome: AuditOutcome;
  try {
    outcome = await runAudit(inputs, {
      jobs: options.jobs ?? 'auto',
      analyzeOptions,
      analyze: engine.analyze,
      exclude: plan.outputs.flatMap((o) => (o.path === null ? [] : [o.path])),
      onStart: (total) => progress.start(total),
      onDocument: (document) => progress.document(document),
      onFallback: (reason) => {
        progress.stop();
        printError(io, `${reason}; auditing on the main thread instead`);
      },
    });
  } finally {
    progress.stop();
  }
  if (outcome.run.summary.analyzed === 0) {
    printError(io, noReadableInputs(outcome, inputs));
    return EXIT.usage;
  }
  let written: WrittenOutput[];
  try {
    written = await writeOutputs(plan.outputs, outcome.run, io.stdout);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    printError(io, error.message);
    return EXIT.usage;
  }
  io.stderr.write(`peerlens: ${summaryLine(outcome, written)}\n`);
  return EXIT.ok;
}
