// The options of `peerlens audit`, validated with zod: a bad value is one line and exit 2.
import { z } from 'zod';
import { AUDIT_FORMATS } from './audit-outputs.js';

const shown = (input: unknown): string => JSON.stringify(input);
const FORMAT_CHOICES = [...AUDIT_FORMATS, 'all'] as const;
export const MAX_JOBS = 64;

export const auditOptionsSchema = z.object({
  out: z.string().trim().min(1, { error: '--out needs a file or folder name' }).optional(),
  format: z.enum(FORMAT_CHOICES, {
    error: (issue) => `--format must be one of ${FORMAT_CHOICES.join(', ')} (got ${shown(issue.input)})`,
  }).optional(),
  jobs: z.string().trim()
    .refine((s) => /^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= MAX_JOBS, {
      error: (issue) => `--jobs must be a whole number from 1 to ${MAX_JOBS} (got ${shown(issue.input)})`,
    })
    .transform(Number)
    .optional(),
  info: z.boolean().default(true),
});

export type AuditCliOptions = z.output<typeof auditOptionsSchema>;
