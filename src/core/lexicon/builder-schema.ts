// zod schema of lexicons/job-description-builder.json, the guided job description's data. It is
// checked when lexicons are compiled (scripts/compile-lexicons.ts) and in the tests; the page and
// the CLI read the file as checked there, so they do not load full zod for it.
import * as z from 'zod';
import { draftAnswersSchema } from '../job-description/answers.js';
import { categorySchema, sourceRefSchema } from './schema.js';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (a-z, 0-9, "-")');
const sources = z.array(sourceRefSchema).min(1, 'every entry names its source');
const plain = z.string().trim().min(3);

const STEP_IDS = [
  'category',
  'title',
  'summary',
  'reporting',
  'responsibilities',
  'knowledge',
  'qualifications',
  'pay',
  'team',
  'career',
] as const;

export const builderDataSchema = z
  .object({
    $comment: z.string().optional(),
    steps: z
      .array(z.object({ id: z.enum(STEP_IDS), title: plain, prompt: plain, why: plain, sources }).strict())
      .refine((steps) => STEP_IDS.every((s) => steps.filter((x) => x.id === s).length === 1), 'every step appears once'),
    competencyGroups: z
      .array(
        z
          .object({
            id,
            label: plain,
            sources,
            competencies: z.array(z.object({ id, label: plain, sources }).strict()).min(1),
          })
          .strict(),
      )
      .min(1),
    leaveOut: z.array(z.object({ duty: id, label: plain }).strict()).min(1),
    interviewAdvice: z.array(z.object({ label: plain, sources }).strict()).min(1),
    categories: z
      .array(
        z
          .object({
            category: categorySchema,
            label: plain,
            interviewQuestions: z.array(z.object({ label: plain, sources }).strict()).min(3),
            example: z.unknown().superRefine((value, ctx) => {
              const parsed = z.safeParse(draftAnswersSchema, value);
              if (!parsed.success)
                for (const issue of parsed.error.issues)
                  ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path as (string | number)[] });
            }),
          })
          .strict(),
      )
      .refine(
        (list) => categorySchema.options.every((c) => list.filter((x) => x.category === c).length === 1),
        'every role category has one profile',
      ),
  })
  .strict();
