// `peerlens rewrite <input>`: the whole revised text, with each finding's first suggestion
// applied and, where lived experience is absent or vague, the requirement sentence put in; on
// stderr, the findings it left for a person (duties, barriers, questions about diagnoses).
import { rewriteLeftovers } from '../core/rewrite-leftovers.js';
import type { AnalyzeOptions } from '../core/types.js';
import { formatLeftovers } from '../report/format-leftovers.js';
import { InputError } from '../input/input-error.js';
import { readInput } from '../input/read-input.js';
import { EXIT, printError, type CliIO, type Engine } from './cli-io.js';
import { parseOptions, rewriteOptionsSchema } from './cli-options.js';

export async function rewriteCommand(
  input: string, rawOptions: unknown, io: CliIO, engine: Engine,
): Promise<number> {
  const parsed = parseOptions(rewriteOptionsSchema, rawOptions);
  if (!parsed.ok) {
    printError(io, parsed.message);
    return EXIT.usage;
  }
  const options = parsed.value;
  let reading;
  try {
    reading = await readInput(input, { stdin: io.stdin });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    printError(io, error.message);
    return EXIT.usage;
  }
  const analyzeOptions: AnalyzeOptions = {
    ...(options.category !== undefined ? { category: options.category } : {}),
    ...(options.info ? {} : { hideInfo: true }),
  };
  const report = engine.analyze(reading.input, analyzeOptions);
  const revised = engine.rewrite(report.text, report.findings);
  io.stdout.write(revised.endsWith('\n') ? revised : `${revised}\n`);
  io.stderr.write(formatLeftovers(report.text, rewriteLeftovers(report.findings)));
  return EXIT.ok;
}
