// The analyzer's input as a schema, for every boundary that carries a posting from outside the
// core (the extension's messages, stored drafts): one definition, checked against the core's own
// type, so no field (such as a JSON-LD posting's `kind`) is dropped on the way.
import * as z from 'zod';
import type { AnalyzeInput, StructuredPosting } from './types.js';

const postingSectionSchema = z.object({ heading: z.string().optional(), text: z.string() });

export const structuredPostingSchema = z.object({
  kind: z.enum(['job-posting', 'document']).optional(),
  title: z.string().optional(),
  organization: z.string().optional(),
  sections: z.array(postingSectionSchema),
}) satisfies z.ZodType<StructuredPosting>;

export const analyzeInputSchema = z.union([z.string(), structuredPostingSchema]) satisfies z.ZodType<AnalyzeInput>;

// Fails to compile when the core's type gains a field the schema does not carry.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const schemaMatchesType: Exact<z.infer<typeof structuredPostingSchema>, StructuredPosting> = true;
void schemaMatchesType;
