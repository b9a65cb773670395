// A finding's severity, as zod checks it: in lexicon files and in the extension's messages alike.
import * as z from 'zod';

export const severitySchema = z.enum(['error', 'warning', 'info']);
