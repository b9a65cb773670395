// The options of `peerlens analyze` and `peerlens rewrite`, and how every command reads its own:
// validated with zod, so that a bad value is one clear line and exit 2, never a stack trace or a
// silently ignored flag. zod's tree-shakable form (zod/mini): every run parses these, and the full
// library costs more to load than the rest of a short run.
import * as z from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { ROLE_CATEGORIES } from '../core/role-categories.js';
import type { RoleCategory } from '../core/types.js';
import { type CliIO, printError } from './cli-io.js';
import { organizationFlagsShape } from './organization-flags.js';

export const FORMATS = ['text', 'json', 'md'] as const;
export const CATEGORIES: readonly RoleCategory[] = ROLE_CATEGORIES;

const shown = (input: unknown): string => JSON.stringify(input);

const formatSchema = z.enum(FORMATS, {
  error: (issue) => `--format must be one of ${FORMATS.join(', ')} (got ${shown(issue.input)})`,
});

const failUnderSchema = z.pipe(
  z.string().check(
    z.trim(),
    z.refine((s) => /^\d+(?:\.\d+)?$/.test(s) && Number(s) <= 100, {
      error: (issue) => `--fail-under must be a score from 0 to 100 (got ${shown(issue.input)})`,
    }),
  ),
  z.transform(Number),
);

/** "none" forces "not a peer role" (scored on language only). */
const categorySchema = z.pipe(
  z.enum([...CATEGORIES, 'none'], {
    error: (issue) => `--category must be one of ${[...CATEGORIES, 'none'].join(', ')} (got ${shown(issue.input)})`,
  }),
  z.transform((c): RoleCategory | null => (c === 'none' ? null : c)),
);

export const analyzeOptionsSchema = z.object({
  ...organizationFlagsShape,
  format: z._default(formatSchema, 'text'),
  failUnder: z.optional(failUnderSchema),
  category: z.optional(categorySchema),
  info: z._default(z.boolean(), true),
});

export const REWRITE_FORMATS = ['text', 'md'] as const;

const rewriteFormatSchema = z.enum(REWRITE_FORMATS, {
  error: (issue) => `--format must be one of ${REWRITE_FORMATS.join(', ')} (got ${shown(issue.input)})`,
});

export const rewriteOptionsSchema = z.object({
  ...organizationFlagsShape,
  format: z._default(rewriteFormatSchema, 'text'),
  category: z.optional(categorySchema),
  info: z._default(z.boolean(), true),
});

export type AnalyzeCliOptions = z.output<typeof analyzeOptionsSchema>;
export type RewriteCliOptions = z.output<typeof rewriteOptionsSchema>;

/**
 * A command's options (any zod schema, mini or full), or undefined once the first problem is printed as one line on stderr:
 * the command then exits with EXIT.usage.
 */
export function readOptions<T extends $ZodType>(schema: T, raw: unknown, io: CliIO): output<T> | undefined {
  const result = z.safeParse(schema, raw);
  if (result.success) return result.data;
  printError(io, result.error.issues[0]?.message ?? 'invalid options');
  return undefined;
}
