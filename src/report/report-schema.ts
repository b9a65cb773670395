// The JSON contract of `peerlens analyze --format json`, schemaVersion 1, as a zod schema.
// One object per input (an array of them for several inputs). Fields are only ever added to
// this contract within a schemaVersion; `grade`, `notes`, `document`, `jobSeeker`, `fix` and `reason` are such additions.
// `start`/`end` are UTF-16 offsets into the analyzed plain text and `text` is that slice; a
// finding about something missing has start = end = 0 and text = "".
import * as z from 'zod';
import { categorySchema } from '../core/lexicon/schema.js';

export const roleCategorySchema = categorySchema;

const offset = z.int().nonnegative();

export const findingJsonSchema = z
  .strictObject({
    ruleId: z.string().min(1),
    family: z.enum(['language', 'role', 'lived-experience']),
    severity: z.enum(['error', 'warning', 'info']),
    start: offset,
    end: offset,
    text: z.string(),
    message: z.string().min(1),
    suggestions: z.array(z.string()),
    /** Points the overall score wins back when this finding alone is fixed. */
    points: z.number().nonnegative(),
    /** id and ref as the lexicons cite; title, section (heading or guide entry), printed page and url for readers. */
    sources: z.array(
      z.strictObject({
        id: z.string().min(1),
        ref: z.string().min(1),
        title: z.string().min(1),
        section: z.string().min(1).optional(),
        page: z.string().min(1).optional(),
        url: z.string().url().optional(),
      }),
    ),
    fix: z.enum(['replace', 'insert']).optional(),
    reason: z.enum(['clinical', 'power-agenda', 'busy-work']).optional(),
  })
  .refine((f) => f.end >= f.start, { message: 'end comes before start' })
  .refine((f) => f.text.length === f.end - f.start, { message: 'text is not the start..end slice' });

const score = z.int().min(0).max(100);

export const reportJsonSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** The path, URL or "-" (stdin) the report is about. */
  source: z.string().min(1),
  score,
  /** Letter grade for the score (addition to the contract). */
  grade: z.string().min(1),
  /** role and livedExperience are null when the document is not a peer posting (language only). */
  subscores: z.strictObject({
    language: score,
    role: score.nullable(),
    livedExperience: score.nullable(),
  }),
  /** Plain-language notes on how the score was made (addition to the contract). */
  notes: z.array(z.string()),
  /** What the text is (addition to the contract): a peer posting, another posting, a document about peer work, other. */
  document: z.strictObject({
    kind: z.enum(['peer-posting', 'non-peer-posting', 'about-peer-work', 'other']),
    evidence: z.array(z.string()),
  }),
  role: z.strictObject({
    isPeerRole: z.boolean(),
    category: roleCategorySchema.nullable(),
    evidence: z.array(z.string()),
  }),
  livedExperience: z.strictObject({
    status: z.enum(['required', 'preferred', 'mentioned', 'absent']),
    specific: z.boolean(),
    evidence: z.array(z.string()),
  }),
  /** For a person looking for peer work (addition to the contract): a verdict, its reasons, questions to ask, what is asked of an applicant. */
  jobSeeker: z.strictObject({
    verdict: z.enum(['peer-role', 'peer-role-with-concerns', 'peer-title-only', 'not-a-peer-role', 'not-a-posting']),
    reasons: z.array(z.string().min(1)),
    questions: z.array(
      z.strictObject({
        text: z.string().min(1),
        why: z.string().min(1),
        sources: z.array(z.strictObject({ id: z.string().min(1), ref: z.string().min(1) })),
        /** Rule ids of the findings the question comes from. */
        findings: z.array(z.string().min(1)),
      }),
    ),
    qualifications: z.array(
      z.strictObject({
        id: z.string().min(1),
        item: z.string().min(1),
        status: z.enum(['required', 'preferred', 'mentioned']),
        barrier: z.boolean(),
        text: z.string(),
        kinds: z.array(z.string().min(1)).optional(),
      }),
    ),
  }),
  findings: z.array(findingJsonSchema),
});

export type ReportJson = z.infer<typeof reportJsonSchema>;
export type FindingJson = z.infer<typeof findingJsonSchema>;

/** `--format json`: one object for one input, an array for several. */
export const analyzeOutputSchema = z.union([reportJsonSchema, z.array(reportJsonSchema)]);
