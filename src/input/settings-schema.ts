// The user's settings, as stored in browser.storage.local and as exported/imported JSON.
// One schema for both, so an import is held to exactly what the options page can produce.
import * as z from 'zod';
import { allowedPhraseSchema, customTermSchema } from '../core/lexicon/schema.js';

const ruleId = z.string().regex(/^[a-z0-9]+(?:[-:./][a-z0-9]+)*$/, 'a rule id is lower-case letters, digits and "-", ":", "."');

export const SETTINGS_FORMAT = 'peerlens-settings';

/** A check that no two entries of a list are the same words in another case, naming the first. */
function noRepeats<T>(text: (item: T) => string, label: string, field: string[]) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const key = text(item).toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: [index, ...field], message: `"${text(item)}" is already ${label} ${first + 1}` });
      } else seen.set(key, index);
    });
  };
}

export const settingsSchema = z
  .object({
    format: z.literal(SETTINGS_FORMAT).default(SETTINGS_FORMAT),
    version: z.literal(1).default(1),
    /** Do not list info-level findings (they never count toward the score anyway). */
    hideInfo: z.boolean().default(false),
    /** Rules the user switched off. */
    disabledRules: z.array(ruleId).max(1000).default([]),
    /** The organization's own terms (term -> suggestion). */
    customTerms: z
      .array(customTermSchema)
      .max(500, 'at most 500 terms')
      .default([])
      .superRefine(noRepeats((t) => t.term, 'term', ['term'])),
    /** Phrases the organization allows: never flagged. */
    allowedPhrases: z
      .array(allowedPhraseSchema)
      .max(500, 'at most 500 allowed phrases')
      .default([])
      .superRefine(noRepeats((p) => p, 'allowed phrase', [])),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
