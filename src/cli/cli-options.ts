// The options of `peerlens analyze` and `peerlens rewrite`, validated with zod so that a bad
// value is one clear line and exit 2, never a stack trace or a silently ignored flag.
import { z } from 'zod';
import { ROLE_CATEGORIES } from '../core/role-categories.js';
import type { RoleCategory } from '../core/types.js';

export const FORMATS = ['text', 'json', 'md'] as const;
export const CATEGORIES: readonly RoleCategory[] = ROLE_CATEGORIES;

const shown = (input: unknown): string => JSON.stringify(input);

const formatSchema = z.enum(FORMATS, {
  error: (issue) => `--format must be one of ${FORMATS.join(', ')} (got ${shown(issue.input)})`,
});

const failUnderSchema = z
  .string()
  .trim()
  .refine((s) => /^\d+(?:\.\d+)?$/.test(s) && Number(s) <= 100, {
    error: (issue) => `--fail-under must be a score from 0 to 100 (got ${shown(issue.input)})`,
  })
  .transform(Number);

/** "none" forces "not a peer role" (scored on language only). */
const categorySchema = z
  .enum([...CATEGORIES, 'none'], {
    error: (issue) => `--category must be one of ${[...CATEGORIES, 'none'].join(', ')} (got ${shown(issue.input)})`,
  })
  .transform((c): RoleCategory | null => (c === 'none' ? null : c));

export const analyzeOptionsSchema = z.object({
  format: formatSchema.default('text'),
  failUnder: failUnderSchema.optional(),
  category: categorySchema.optional(),
  info: z.boolean().default(true),
});

export const rewriteOptionsSchema = z.object({
  category: categorySchema.optional(),
  info: z.boolean().default(true),
});

export type AnalyzeCliOptions = z.output<typeof analyzeOptionsSchema>;
export type RewriteCliOptions = z.output<typeof rewriteOptionsSchema>;

/** The parsed options, or the first problem as one line. */
export function parseOptions<T extends z.ZodType>(
  schema: T, raw: unknown,
): { ok: true; value: z.output<T> } | { ok: false; message: string } {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? 'invalid options' };
}
