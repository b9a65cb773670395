// `peerlens analyze` and `peerlens rewrite` in the installed program: each input read, analyzed
// (and, for rewrite, revised) on a worker thread, in turn, under the audit's memory and time
// limits (src/audit/worker-pool.ts): a page that would exhaust memory or never finish gives a
// one-line error, not a crash. The main thread reads only standard input, which a worker cannot.
import type { AnalyzeOptions } from '../core/types.js';
import { InputError } from '../input/input-error.js';
import { DEFAULT_MAX_BYTES, collect } from '../input/read-input.js';
import type { RenderedReport } from '../audit/rendered-report.js';
import type { AuditDocument } from '../report/audit-model.js';
import type { CliIO, Engine } from './cli-io.js';

export interface IsolatedRun {
  /** Also revise each text (the whole text with the first suggestions applied), in the worker. */
  rewrite?: boolean;
  /** Each report comes back as the JSON text `--format json` prints (a RenderedReport), made in the worker. */
  json?: boolean;
}

export async function runIsolated(
  inputs: readonly string[],
  options: AnalyzeOptions,
  io: CliIO,
  engine: Engine,
  run?: IsolatedRun & { json?: false },
): Promise<AuditDocument[]>;
export async function runIsolated(
  inputs: readonly string[],
  options: AnalyzeOptions,
  io: CliIO,
  engine: Engine,
  run?: IsolatedRun,
): Promise<(AuditDocument | RenderedReport)[]>;
export async function runIsolated(
  inputs: readonly string[],
  options: AnalyzeOptions,
  io: CliIO,
  engine: Engine,
  run: IsolatedRun = {},
): Promise<(AuditDocument | RenderedReport)[]> {
  let stdin: Uint8Array | undefined;
  if (inputs.includes('-')) {
    try {
      stdin = await collect(io.stdin, '-', DEFAULT_MAX_BYTES);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const rest = inputs.filter((i) => i !== '-');
      const others = rest.length ? await runIsolated(rest, options, io, engine, run) : [];
      const { failedDocument } = await import('../audit/audit-document.js');
      return inputs.map((i) => (i === '-' ? failedDocument('-', error.code, error.message) : others.shift()!));
    }
  }
  // Loaded here, not up front: the CLI's start imports only what every command needs.
  const [{ auditInWorkers }, { analyzeInput, withRevision }, { renderedAsJson }] = await Promise.all([
    import('../audit/worker-pool.js'),
    import('../audit/audit-document.js'),
    import('../audit/rendered-report.js'),
  ]);
  const { documents } = await auditInWorkers<AuditDocument | RenderedReport>(inputs, {
    workers: 1,
    mainThreadWorks: false,
    warmUp: false,
    reader: 'input',
    ...(run.rewrite ? { rewrite: true } : {}),
    ...(run.json ? { render: 'json' as const } : {}),
    analyzeOptions: options,
    ...(stdin ? { stdin } : {}),
    // Only when no worker thread can start at all: the same work, here.
    auditHere: async (spec) => {
      await engine.prepare?.();
      const document = await analyzeInput(spec, options, engine.analyze, spec === '-' ? stdin : undefined);
      const revised = run.rewrite ? withRevision(document, engine.rewrite) : document;
      return run.json ? renderedAsJson(revised) : revised;
    },
  });
  return documents;
}
