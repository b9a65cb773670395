// The peerlens command line: commander wiring only. Commands live in *-command.ts; every exit
// path returns a code (0 ok, 1 below --fail-under, 2 usage or unreadable input, 3 a bug).
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json';
import { analyzeCommand } from './analyze-command.js';
import { registerAuditCommand } from './audit-registration.js';
import { registerDraftCommand } from './draft-registration.js';
import { EXIT, printError, type CliIO, type Engine } from './cli-io.js';
import { CATEGORIES, FORMATS, REWRITE_FORMATS } from './cli-options.js';
import { ALLOW_HELP, collect, SETTINGS_HELP } from './organization-flags.js';
import { rewriteCommand } from './rewrite-command.js';

const ANALYZE_HELP = `
Inputs: .txt, .md and .html files, http(s) URLs, or - for stdin. An HTML page is read from its
schema.org JobPosting JSON-LD when it has one, else from its main content. Each input is read
and analyzed on a worker thread with a memory and a time limit; one past either is reported as
unreadable.

Several inputs: each readable input is reported (--format json prints an array); each
unreadable one gets a line on stderr and the exit code is 2.

Exit codes: 0 done; 1 an input scored below --fail-under; 2 bad usage or an input that could
not be read (missing, a directory, empty, binary, too large, fetch failed, out of memory or
time); 3 a PeerLens bug.
Colors: on for a terminal; NO_COLOR=1 turns them off, FORCE_COLOR=1 on.

Example:
  peerlens analyze examples/peer-support-specialist.txt
  peerlens analyze --format json --fail-under 70 postings/*.html
  peerlens analyze --settings peerlens-settings.json --allow "medication management" posting.txt`;

function buildProgram(io: CliIO, engine: Engine, setCode: (code: number) => void): Command {
  const program = new Command('peerlens')
    .description(
      'Checks peer-support job postings and agency documents for stigmatizing language, peer-role consistency and lived-experience requirements.',
    )
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`peerlens: ${s.replace(/^error: /, '')}`),
    });

  const category = `force the role category: ${CATEGORIES.join(', ')}, or none (not a peer role)`;
  program
    .command('analyze')
    .description('score postings or documents and explain each finding')
    .argument('<inputs...>', 'files, http(s) URLs, or - for stdin')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('--fail-under <score>', 'exit 1 when any input scores below this (0-100)')
    .option('--category <category>', category)
    .option('--no-info', 'hide info-level findings (they never count toward the score)')
    .option('--settings <file>', SETTINGS_HELP)
    .option('--allow <phrase>', ALLOW_HELP, collect)
    .addHelpText('after', ANALYZE_HELP)
    .action(async (inputs: string[], options: unknown) => {
      setCode(await analyzeCommand(inputs, options, io, engine));
    });

  program
    .command('rewrite')
    .description('print the text with the suggested wording applied')
    .argument('<input>', 'a file, an http(s) URL, or - for stdin')
    .option('-f, --format <format>', `output format: ${REWRITE_FORMATS.join(', ')} (md keeps the headings and lists PeerLens read)`, 'text')
    .option('--category <category>', category)
    .option('--no-info', 'leave info-level findings (contested words) as written')
    .option('--settings <file>', SETTINGS_HELP)
    .option('--allow <phrase>', ALLOW_HELP, collect)
    .action(async (input: string, options: unknown) => {
      setCode(await rewriteCommand(input, options, io, engine));
    });
  registerAuditCommand(program, io, engine, setCode);
  registerDraftCommand(program, io, engine, setCode);
  return program;
}

/** Runs the CLI on user arguments (argv without node and script) and returns the exit code. */
export async function run(args: string[], io: CliIO, engine: Engine): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, engine, (c) => {
    code = c;
  });
  if (args.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; every usage error is 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const detail = io.env.PEERLENS_DEBUG ? (error as Error).stack : (error as Error).message;
    printError(io, `internal error: ${detail} (please report it; PEERLENS_DEBUG=1 shows the stack)`);
    return EXIT.internal;
  }
}
