// `peerlens draft <answers.json>`: the posting written from a validated answers file, in text,
// Markdown or HTML, with a one-line check of it on stderr; `--example` prints a complete answers
// file for a category, `--interview-questions` the category's questions for the hiring panel.
import { readFile, stat } from 'node:fs/promises';
import * as z from 'zod/mini';
import { checkAnswers } from '../core/job-description/answers.js';
import { exampleAnswers } from '../core/job-description/builder-data.js';
import { DEFAULT_MAX_BYTES, collect } from '../input/read-input.js';
import { renderInterviewSheet, renderPosting } from '../report/job-description.js';
import type { PostingFormats } from '../report/posting-formats.js';
import { EXIT, printError, type CliIO, type Engine } from './cli-io.js';
import { CATEGORIES, readOptions } from './cli-options.js';

const DRAFT_FORMATS = { text: 'text', md: 'markdown', html: 'html' } as const satisfies Record<string, keyof PostingFormats>;
type DraftFormat = keyof typeof DRAFT_FORMATS;

const draftOptionsSchema = z.object({
  format: z._default(
    z.enum(Object.keys(DRAFT_FORMATS) as [DraftFormat, ...DraftFormat[]], {
      error: (issue) => `--format must be one of text, md, html (got ${JSON.stringify(issue.input)})`,
    }),
    'text',
  ),
  example: z._default(z.boolean(), false),
  interviewQuestions: z._default(z.boolean(), false),
  category: z.optional(
    z.enum(CATEGORIES as [string, ...string[]], {
      error: (issue) => `--category must be one of ${CATEGORIES.join(', ')} (got ${JSON.stringify(issue.input)})`,
    }),
  ),
});

async function readAnswersText(spec: string, io: CliIO): Promise<string> {
  if (spec === '-') return Buffer.from(await collect(io.stdin, '-', DEFAULT_MAX_BYTES)).toString('utf8');
  if ((await stat(spec)).size > DEFAULT_MAX_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
  return readFile(spec, 'utf8');
}

function cannotRead(spec: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${spec}: no such file`;
  if (code === 'EISDIR') return `${spec} is a folder, not an answers file`;
  if (code === 'EFBIG') return `${spec} is too large for an answers file`;
  if (code === 'EACCES') return `${spec}: permission denied`;
  return `${spec} could not be read: ${(error as Error).message}`;
}

export async function draftCommand(answersSpec: string | undefined, rawOptions: unknown, io: CliIO, engine: Engine): Promise<number> {
  const options = readOptions(draftOptionsSchema, rawOptions, io);
  if (options === undefined) return EXIT.usage;
  const category = options.category as (typeof CATEGORIES)[number] | undefined;

  if (options.example) {
    if (!category) {
      printError(io, `--example needs --category (one of ${CATEGORIES.join(', ')})`);
      return EXIT.usage;
    }
    if (answersSpec !== undefined) {
      printError(io, '--example prints an answers file; give either an answers file or --example, not both');
      return EXIT.usage;
    }
    io.stdout.write(`${JSON.stringify(exampleAnswers(category), null, 2)}\n`);
    return EXIT.ok;
  }
  if (answersSpec === undefined) {
    printError(io, 'give an answers file (or --category <category> --example to print one to start from)');
    return EXIT.usage;
  }
  if (category) {
    printError(io, '--category is only for --example: the answers file names its own category');
    return EXIT.usage;
  }

  let text: string;
  try {
    text = await readAnswersText(answersSpec, io);
  } catch (error) {
    printError(io, answersSpec === '-' ? `standard input could not be read: ${(error as Error).message}` : cannotRead(answersSpec, error));
    return EXIT.usage;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    printError(io, `${answersSpec === '-' ? 'standard input' : answersSpec} is not valid JSON: ${(error as Error).message}`);
    return EXIT.usage;
  }
  const answers = checkAnswers(raw);
  if (!answers.ok) {
    printError(io, `${answersSpec === '-' ? 'standard input' : answersSpec}: ${answers.message}`);
    return EXIT.usage;
  }

  const format = DRAFT_FORMATS[options.format];
  if (options.interviewQuestions) {
    io.stdout.write(renderInterviewSheet(answers.value.category, answers.value.title)[format]);
    return EXIT.ok;
  }
  const posting = renderPosting(answers.value);
  io.stdout.write(posting[format]);
  const report = engine.analyze(posting.text);
  const problems = report.findings.filter((f) => f.severity !== 'info');
  io.stderr.write(
    problems.length === 0
      ? `Checked: score ${report.score}/100, no problems found.\n`
      : `Checked: score ${report.score}/100, ${problems.length} problem${problems.length === 1 ? '' : 's'} to look at (run peerlens analyze on the posting for details):\n${problems.map((f) => `  - "${f.text}": ${f.message}\n`).join('')}`,
  );
  return EXIT.ok;
}
