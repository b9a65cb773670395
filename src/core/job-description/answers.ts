// The answers a guided job description is written from: the same model for the extension page
// and `peerlens draft`. zod's small form (zod/mini): the page and the CLI load it at start.
// A malformed answers file is reported as one line naming the field ("responsibilities[2].text").
import * as z from 'zod/mini';
import { ROLE_CATEGORIES } from '../role-categories.js';

const MIN_RESPONSIBILITIES = 4;
const MAX_RESPONSIBILITIES = 6;

function text(max: number) {
  return z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));
}

const responsibilitySchema = z.object({
  /** The competency it started from, when it did; the text may have been edited since. */
  competency: z.optional(z.string()),
  text: text(600),
});

const paySchema = z
  .object({
    from: z.number().check(z.positive('must be more than 0')),
    to: z.number().check(z.positive('must be more than 0')),
    per: z.enum(['hour', 'year'], { error: 'must be "hour" or "year"' }),
  })
  .check(z.refine((p) => p.to >= p.from, { message: 'the top of the range must not be below its bottom', path: ['to'] }));

export const draftAnswersSchema = z.object({
  category: z.enum(ROLE_CATEGORIES, { error: `must be one of ${ROLE_CATEGORIES.join(', ')}` }),
  organization: text(160),
  title: text(120),
  population: text(300),
  summary: text(1500),
  reportsTo: text(200),
  supervision: text(600),
  peerCount: z
    .number()
    .check(
      z.int('must be a whole number'),
      z.gte(2, 'must be at least 2: plan for more than one peer on the team'),
      z.lte(500, 'must be at most 500'),
    ),
  team: z.optional(z.string().check(z.trim(), z.maxLength(600, 'must be at most 600 characters'))),
  responsibilities: z
    .array(responsibilitySchema)
    .check(
      z.minLength(MIN_RESPONSIBILITIES, `must list at least ${MIN_RESPONSIBILITIES} core responsibilities`),
      z.maxLength(MAX_RESPONSIBILITIES, `must list at most ${MAX_RESPONSIBILITIES} core responsibilities`),
    ),
  knowledge: z.array(text(300)).check(z.minLength(1, 'must list at least one item'), z.maxLength(12, 'must list at most 12 items')),
  livedExperience: text(600),
  willingnessToShare: text(400),
  certification: text(400),
  otherQualifications: z._default(z.array(text(300)).check(z.maxLength(8, 'must list at most 8 items')), []),
  pay: paySchema,
  careerLadder: text(600),
  howToApply: text(1000),
});

export type DraftAnswers = z.output<typeof draftAnswersSchema>;
export type DraftAnswersInput = z.input<typeof draftAnswersSchema>;

export const RESPONSIBILITY_RANGE = { min: MIN_RESPONSIBILITIES, max: MAX_RESPONSIBILITIES } as const;

/** On failure: the field's path, the problem alone ("must not be empty") and both as one line. */
export type AnswersCheck = { ok: true; value: DraftAnswers } | { ok: false; field: string; problem: string; message: string };

/** "responsibilities[2].text" from zod's path. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || 'the answers';
}

function problemText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  if (issue.code === 'invalid_type')
    return `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
  if (issue.code === 'unrecognized_keys') return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  return issue.message;
}

/** The answers, or the first problem with the field it is in. */
export function checkAnswers(raw: unknown): AnswersCheck {
  const result = z.safeParse(draftAnswersSchema, raw, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, field: 'the answers', problem: 'are not valid', message: 'the answers are not valid' };
  const field = fieldName(issue.path);
  const problem = problemText(issue);
  return { ok: false, field, problem, message: `${field} ${problem}` };
}
