// The options of `peerlens audit`, validated with zod: a bad value is one line and exit 2.
// zod/mini, like the other CLI options (src/cli/cli-options.ts): the CLI bundles only it.
import * as z from 'zod/mini';
import { AUDIT_FORMATS } from './audit-outputs.js';

const shown = (input: unknown): string => JSON.stringify(input);
const FORMAT_CHOICES = [...AUDIT_FORMATS, 'all'] as const;
export const MAX_JOBS = 64;

export const auditOptionsSchema = z.object({
  out: z.optional(z.string().check(z.trim(), z.minLength(1, { error: '--out needs a file or folder name' }))),
  format: z.optional(
    z.enum(FORMAT_CHOICES, {
      error: (issue) => `--format must be one of ${FORMAT_CHOICES.join(', ')} (got ${shown(issue.input)})`,
    }),
  ),
  jobs: z.optional(
    z.pipe(
      z.string().check(
        z.trim(),
        z.refine((s) => /^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= MAX_JOBS, {
          error: (issue) => `--jobs must be a whole number from 1 to ${MAX_JOBS} (got ${shown(issue.input)})`,
        }),
      ),
      z.transform(Number),
    ),
  ),
  info: z._default(z.boolean(), true),
});

export type AuditCliOptions = z.output<typeof auditOptionsSchema>;
