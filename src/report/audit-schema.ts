// The JSON contract of `peerlens audit --format json`, schemaVersion 1, as a zod schema.
// `documents` items are exactly the report objects of `peerlens analyze --format json`.
import * as z from 'zod';
import { reportJsonSchema } from './report-schema.js';

const count = z.int().nonnegative();
const score = z.number().min(0).max(100);
const family = z.enum(['language', 'role', 'lived-experience']);

export const auditSummarySchema = z
  .strictObject({
    generatedAt: z.iso.datetime().optional(),
    documents: count,
    analyzed: count,
    errors: count,
    skippedFiles: count,
    findings: count,
    findingsByFamily: z.strictObject({ language: count, role: count, 'lived-experience': count }),
    findingsBySeverity: z.strictObject({ error: count, warning: count, info: count }),
    meanScore: score.nullable(),
    medianScore: score.nullable(),
    minScore: score.nullable(),
    maxScore: score.nullable(),
    grades: z.record(z.string(), count),
    distribution: z.array(z.strictObject({ from: z.int(), to: z.int(), count })).length(10),
    peerRoles: count,
    livedExperience: z.strictObject({ required: count, preferred: count, mentioned: count, absent: count }),
    topIssues: z.array(
      z.strictObject({
        ruleId: z.string().min(1),
        family,
        severity: z.enum(['error', 'warning', 'info']),
        message: z.string().min(1),
        examples: z.array(z.string()),
        documents: count,
        findings: count,
      }),
    ),
  })
  .refine((s) => s.analyzed + s.errors === s.documents, { message: 'analyzed + errors is not documents' });

export const auditErrorSchema = z.strictObject({
  source: z.string().min(1),
  code: z.string().min(1),
  message: z.string().min(1),
});

export const auditJsonSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    summary: auditSummarySchema,
    documents: z.array(reportJsonSchema),
    errors: z.array(auditErrorSchema),
  })
  .refine((a) => a.documents.length === a.summary.analyzed && a.errors.length === a.summary.errors, {
    message: 'summary counts do not match the documents and errors listed',
  });

export type AuditJson = z.infer<typeof auditJsonSchema>;
