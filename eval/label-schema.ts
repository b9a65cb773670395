// zod schema for the evaluation corpus labels (tests/corpus/labels/<id>.json).
// The format is documented in tests/corpus/README.md; keep the two in step.
import * as z from 'zod';
import { categorySchema } from '../src/core/lexicon/schema.js';

export const familySchema = z.enum(['language', 'role', 'lived-experience']);
export type LabelFamily = z.infer<typeof familySchema>;

export const docKindSchema = z.enum(['peer-posting', 'non-peer-posting', 'agency-document']);

export const roleCategorySchema = categorySchema;

export const livedExperienceStatusSchema = z.enum(['required', 'preferred', 'mentioned', 'absent']);

/**
 * Kinds of "something is missing or wrong as a whole" findings, which have no span of their own.
 * A finding matches one when the families agree and its ruleId contains the kind (or an alias,
 * see KIND_ALIASES in eval/match-findings.ts).
 */
export const missingKindSchema = z.enum([
  'absent', // a peer posting says nothing about lived experience
  'not-required', // lived experience only preferred, or mentioned but never required
  'not-specific', // required, but the type of lived experience is not named
  'mismatch', // the type required does not fit the population served
  'only-qualification', // lived experience is the only qualification asked for
  'no-peer-duties', // a peer title with no peer-support duties at all
  'sharing', // no willingness to share one's story is asked for (a "should")
  'pay', // no pay range or wage stated
  'supervision', // reporting line or clinician-only supervision
  'peer-team', // a lone peer; no other peers on the team
  'career-ladder', // no advancement path
]);
export type MissingKind = z.infer<typeof missingKindSchema>;

const note = z.string().trim().min(3, 'say why, in a few words');

/** A problem the analyzer should report. */
export const expectedFindingSchema = z
  .object({
    /** Exact substring of the document: the shortest span that is the problem; "" for missing things. */
    quote: z.string(),
    family: familySchema,
    note,
    kind: missingKindSchema.optional(),
    /** 1-based: which occurrence of `quote` is meant; without it, every occurrence is expected. */
    occurrence: z.number().int().positive().optional(),
  })
  .strict()
  .refine((e) => e.quote !== '' || e.kind !== undefined, {
    message: 'a finding with an empty quote is a missing-thing finding and needs a kind',
  });
export type ExpectedFinding = z.infer<typeof expectedFindingSchema>;

/** A span (or a kind) that may be reported or not: neither a hit nor a false alarm. */
export const toleratedFindingSchema = z
  .object({
    quote: z.string(),
    family: familySchema,
    note,
    kind: missingKindSchema.optional(),
  })
  .strict()
  .refine((e) => e.quote !== '' || e.kind !== undefined, {
    message: 'a tolerated entry with an empty quote needs a kind',
  });
export type ToleratedFinding = z.infer<typeof toleratedFindingSchema>;

/** Text that must not be flagged: a plain string applies to every family. */
export const mustNotFlagSchema = z.union([
  z.string().min(1),
  z.object({ quote: z.string().min(1), family: familySchema.optional(), note: note.optional() }).strict(),
]);
export type MustNotFlag = z.infer<typeof mustNotFlagSchema>;

export const corpusLabelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'),
    file: z.string().regex(/^[a-z0-9-]+\.(txt|md|html)$/, 'a file name in docs/, .txt, .md or .html'),
    kind: docKindSchema,
    /** One line on what the document is and which hard case it carries. */
    description: z.string().min(10),
    role: z.object({ isPeerRole: z.boolean(), category: roleCategorySchema.nullable() }).strict(),
    livedExperience: z
      .object({
        status: livedExperienceStatusSchema,
        /** Does the posting name the type of lived experience? null when there is nothing to judge. */
        specific: z.boolean().nullable().optional(),
      })
      .strict()
      .nullable(),
    expected: z.array(expectedFindingSchema),
    mustNotFlag: z.array(mustNotFlagSchema).default([]),
    tolerated: z.array(toleratedFindingSchema).default([]),
  })
  .strict()
  .superRefine((label, ctx) => {
    const peer = label.kind === 'peer-posting';
    if (label.role.isPeerRole !== peer) {
      ctx.addIssue({ code: 'custom', message: 'role.isPeerRole is true exactly for peer postings' });
    }
    if (peer !== (label.role.category !== null)) {
      ctx.addIssue({ code: 'custom', message: 'a peer posting has a category; other documents have null' });
    }
    if (peer !== (label.livedExperience !== null)) {
      ctx.addIssue({ code: 'custom', message: 'livedExperience is set exactly for peer postings' });
    }
    if (label.file.replace(/\.(txt|md|html)$/, '') !== label.id) {
      ctx.addIssue({ code: 'custom', message: 'file must be <id>.<ext>' });
    }
  });
export type CorpusLabel = z.infer<typeof corpusLabelSchema>;
