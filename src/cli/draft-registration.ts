// Registers `peerlens draft` with its help; the command (draft-command.ts) and the guided job
// description's data load only when it runs.
import type { Command } from 'commander';
import type { CliIO, Engine } from './cli-io.js';
import { CATEGORIES } from './cli-options.js';

const DRAFT_HELP = `
The answers file is JSON with the same fields as the page "Write a peer job description" in the
extension: the kind of peer role (category), title, summary, reporting and supervision, 4 to 6
core responsibilities, knowledge and skills, minimum qualifications (the lived-experience
requirement, willingness to share, the certification path), pay range, the peer team and the
career ladder. Start from an example:

  peerlens draft --category youth --example > answers.json
  peerlens draft answers.json --format html > posting.html
  peerlens draft answers.json --interview-questions

The posting goes to stdout; a one-line check of it (score and any problems) goes to stderr.
Exit codes: 0 written; 2 bad usage, or an answers file that is missing, not JSON or not valid
(the message names the field).`;

export function registerDraftCommand(program: Command, io: CliIO, engine: Engine, setCode: (code: number) => void): void {
  program
    .command('draft')
    .description('write a peer job description from an answers file, guided by the job description template')
    .argument('[answers]', 'the answers file (JSON), or - for stdin')
    .option('-f, --format <format>', 'output format: text, md or html', 'text')
    .option('--example', 'print a complete example answers file for --category')
    .option('--category <category>', `with --example: ${CATEGORIES.join(', ')}`)
    .option('--interview-questions', "print the role's interview questions for the hiring panel instead of the posting")
    .addHelpText('after', DRAFT_HELP)
    .action(async (answers: string | undefined, options: unknown) => {
      const { draftCommand } = await import('./draft-command.js');
      setCode(await draftCommand(answers, options, io, engine));
    });
}
