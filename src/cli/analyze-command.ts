// `peerlens analyze <inputs...>`: read each input, analyze it, print the reports in one format.
// Inputs that cannot be read get one line each on stderr; the others are still reported, and
// the exit code is 2 (an unreadable input outranks --fail-under's 1).
import type { RenderedReport } from '../audit/rendered-report.js';
import type { Report } from '../core/types.js';
import { describeSource } from '../input/input-error.js';
import { formatJson, joinJsonReports } from '../report/format-json.js';
import { formatMarkdown } from '../report/format-markdown.js';
import { formatText } from '../report/format-text.js';
import { EXIT, printError, useColor, type CliIO, type Engine } from './cli-io.js';
import { analyzeOptionsSchema, readOptions } from './cli-options.js';
import { runIsolated } from './isolated-run.js';
import { runOptions } from './organization-flags.js';
import { isUnreadable, readCliInput } from './read-cli-input.js';
import { shownName } from './shown-name.js';

/** JSON keeps each input as typed (tools match it to their own list); reports meant for people name files as the audit does. */
function render(reports: Report[], format: 'text' | 'json' | 'md', io: CliIO, several: boolean): string {
  if (format === 'json') return formatJson(reports, several);
  const named = reports.map((r) => (r.source === undefined ? r : { ...r, source: shownName(r.source) }));
  if (format === 'md') return formatMarkdown(named);
  const color = useColor(io);
  return named.map((r) => formatText(r, { color })).join('\n');
}

/** Reports made into JSON on the worker: one input's bytes are printed as they came. */
function writeRendered(rendered: readonly RenderedReport[], several: boolean, io: CliIO): void {
  const [only] = rendered;
  if (!several && only) {
    io.stdout.write(only.json);
    io.stdout.write('\n');
    return;
  }
  const decoder = new TextDecoder();
  io.stdout.write(
    joinJsonReports(
      rendered.map((r) => decoder.decode(r.json)),
      several,
    ),
  );
}

export async function analyzeCommand(inputs: string[], rawOptions: unknown, io: CliIO, engine: Engine): Promise<number> {
  const options = readOptions(analyzeOptionsSchema, rawOptions, io);
  if (options === undefined) return EXIT.usage;
  if (inputs.filter((i) => i === '-').length > 1) {
    printError(io, '"-" (stdin) can be given only once');
    return EXIT.usage;
  }
  const organization = await runOptions(options);
  if (!organization.ok) {
    printError(io, organization.message);
    return EXIT.usage;
  }
  const analyzeOptions = organization.options;
  const reports: Report[] = [];
  /** With --format json on a worker thread: the reports as their JSON text, made there. */
  const rendered: RenderedReport[] = [];
  let unreadable = 0;
  if (engine.isolate) {
    const documents = await runIsolated(inputs, analyzeOptions, io, engine, { json: options.format === 'json' });
    for (const document of documents) {
      if (document.kind === 'report') {
        reports.push(document.report);
        continue;
      }
      if (document.kind === 'rendered') {
        rendered.push(document);
        continue;
      }
      if (document.code === 'internal') throw new Error(document.message);
      const label = `${describeSource(document.source)}: `;
      printError(io, document.message.startsWith(label) ? document.message : label + document.message);
      unreadable += 1;
    }
  } else {
    await engine.prepare?.();
    for (const spec of inputs) {
      try {
        const reading = await readCliInput(spec, io.stdin);
        const report = engine.analyze(reading.input, analyzeOptions);
        reports.push({ ...report, source: reading.source, notes: [...report.notes, ...reading.notes] });
      } catch (error) {
        if (!isUnreadable(error)) throw error;
        printError(io, error.message);
        unreadable += 1;
      }
    }
  }
  const several = inputs.length > 1;
  if (rendered.length > 0) writeRendered(rendered, several, io);
  else if (reports.length > 0) io.stdout.write(render(reports, options.format, io, several));
  if (unreadable > 0) return EXIT.usage;
  const threshold = options.failUnder;
  if (threshold !== undefined) {
    const below = [...reports, ...rendered].filter((r) => r.score < threshold);
    for (const r of below) printError(io, `${describeSource(r.source ?? '-')}: score ${r.score} is below --fail-under ${threshold}`);
    if (below.length > 0) return EXIT.belowThreshold;
  }
  return EXIT.ok;
}
