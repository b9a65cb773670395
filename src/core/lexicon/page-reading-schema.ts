// The schema of lexicons/page-reading.json: words the extension's page reader needs. Not one of
// the analyzer's lexicons (the content script reads it), so it is validated here and in
// tests/lexicons.test.ts rather than by load-lexicons.ts.
import * as z from 'zod';
import { sourceRefSchema } from './schema.js';

export const pageReadingFileSchema = z
  .object({
    $comment: z.string().optional(),
    /** Words of a job offer or a peer role: a very short page is read when it has one. */
    postingWords: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'lower-case words with single spaces between them')).min(1),
    sources: z.array(sourceRefSchema).min(1),
  })
  .strict();
