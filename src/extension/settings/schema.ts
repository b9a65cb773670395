// The user's settings, as stored in browser.storage.local and as exported/imported JSON.
// One schema for both, so an import is held to exactly what the options page can produce.
import { z } from 'zod';
import { allowedPhraseSchema, customTermSchema } from '../../core/lexicon/schema.js';

const ruleId = z
  .string()
  .regex(/^[a-z0-9]+(?:[-:./][a-z0-9]+)*$/, 'a rule id is lower-case letters, digits and "-", ":", "."');

export const SETTINGS_FORMAT = 'peerlens-settings';

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
      .superRefine((terms, ctx) => {
        const seen = new Map<string, number>();
        terms.forEach((term, index) => {
          const key = term.term.toLowerCase();
          const first = seen.get(key);
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'term'],
              message: `"${term.term}" is already term ${first + 1}`,
            });
          } else seen.set(key, index);
        });
      }),
    /** Phrases the organization allows: never flagged. */
    allowedPhrases: z
      .array(allowedPhraseSchema)
      .max(500, 'at most 500 allowed phrases')
      .default([])
      .superRefine((phrases, ctx) => {
        const seen = new Map<string, number>();
        phrases.forEach((phrase, index) => {
          const key = phrase.toLowerCase();
          const first = seen.get(key);
          if (first !== undefined) {
            ctx.addIssue({ code: 'custom', path: [index], message: `"${phrase}" is already allowed phrase ${first + 1}` });
          } else seen.set(key, index);
        });
      }),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
