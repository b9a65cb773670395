// `peerlens rewrite <input>`: the whole revised text, with each finding's first suggestion
// applied and, where lived experience is absent or vague, the requirement sentence put in; on
// stderr, the findings it left for a person (duties, barriers, questions about diagnoses).
// In the installed program the input is read, analyzed and revised on a worker thread under
// the same memory and time limits as `analyze` (src/cli/isolated-run.ts).
import { rewriteLeftovers } from '../core/rewrite-leftovers.js';
import type { AnalyzeOptions, Report } from '../core/types.js';
import { describeSource } from '../input/input-error.js';
import { formatLeftovers } from '../report/format-leftovers.js';
import { plainTextToMarkdown } from '../report/plain-text-markdown.js';
import { EXIT, printError, type CliIO, type Engine } from './cli-io.js';
import { readOptions, rewriteOptionsSchema } from './cli-options.js';
import { runIsolated } from './isolated-run.js';
import { runOptions } from './organization-flags.js';
import { isPackedDocument, isUnreadable, readCliInput } from './read-cli-input.js';

interface Revision {
  report: Report;
  revised: string;
  via: string;
}

/** The input revised in process (tests that run the CLI with their own analyzer); a message when it cannot be read. */
async function reviseHere(input: string, options: AnalyzeOptions, io: CliIO, engine: Engine): Promise<Revision | string> {
  await engine.prepare?.();
  try {
    const reading = await readCliInput(input, io.stdin);
    const report = engine.analyze(reading.input, options);
    return { report, revised: engine.rewrite(report.text, report.findings), via: reading.via };
  } catch (error) {
    if (!isUnreadable(error)) throw error;
    return error.message;
  }
}

async function reviseIsolated(input: string, options: AnalyzeOptions, io: CliIO, engine: Engine): Promise<Revision | string> {
  const [document] = await runIsolated([input], options, io, engine, { rewrite: true });
  if (!document) throw new Error('no result for the input');
  if (document.kind === 'report') return { report: document.report, revised: document.revised ?? '', via: document.via };
  if (document.code === 'internal') throw new Error(document.message);
  const label = `${describeSource(document.source)}: `;
  return document.message.startsWith(label) ? document.message : label + document.message;
}

export async function rewriteCommand(input: string, rawOptions: unknown, io: CliIO, engine: Engine): Promise<number> {
  const options = readOptions(rewriteOptionsSchema, rawOptions, io);
  if (options === undefined) return EXIT.usage;
  const organization = await runOptions(options);
  if (!organization.ok) {
    printError(io, organization.message);
    return EXIT.usage;
  }
  const analyzeOptions = organization.options;
  const revision = engine.isolate
    ? await reviseIsolated(input, analyzeOptions, io, engine)
    : await reviseHere(input, analyzeOptions, io, engine);
  if (typeof revision === 'string') {
    printError(io, revision);
    return EXIT.usage;
  }
  const { report, revised, via } = revision;
  const markdown = options.format === 'md';
  const written = markdown ? plainTextToMarkdown(revised) : revised;
  io.stdout.write(written.endsWith('\n') ? written : `${written}\n`);
  if (isPackedDocument(via)) {
    // the file's layout cannot be kept: say what was written instead of leaving the user to find out
    const as = markdown ? 'Markdown, with the headings and lists PeerLens read in it' : 'plain text';
    printError(
      io,
      `${input} is a ${via === 'pdf' ? 'PDF' : 'Word document'}: the rewrite is written as ${as} (the file itself is not changed)`,
    );
  }
  io.stderr.write(formatLeftovers(report.text, rewriteLeftovers(report.findings)));
  return EXIT.ok;
}
