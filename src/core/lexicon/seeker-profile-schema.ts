// The schema of lexicons/seeker-profile.json: the sentences "do I qualify?" answers with. Not one
// of the analyzer's lexicons (only the popup and the side panel read it), so it is validated here
// and in tests/lexicons.test.ts rather than by load-lexicons.ts.
import * as z from 'zod';
import { EDUCATION_LEVELS } from '../job-seeker/seeker-profile.js';
import { sourceRefSchema } from './schema.js';

const sentence = z.string().min(10).max(300);
const sources = z.array(sourceRefSchema).min(1);
const comment = { $comment: z.string().optional() };

export const profileWordingSchema = z
  .object({
    ...comment,
    overall: z.object({ yes: sentence, no: sentence, ask: sentence, empty: sentence, sources }).strict(),
    notInProfile: sentence,
    notRequired: sentence,
    items: z
      .array(
        z
          .object({
            id: z.string().regex(/^qualification-[a-z-]+$/),
            yes: sentence,
            no: sentence,
            ask: sentence,
            question: sentence,
            sources,
          })
          .strict(),
      )
      .min(1),
    educationLevels: z
      .object({
        ...comment,
        levels: z.array(z.object({ level: z.enum(EDUCATION_LEVELS), words: z.array(z.string().min(2)).min(1) }).strict()).min(1),
        sources,
      })
      .strict(),
    carWords: z.object({ ...comment, words: z.array(z.string().min(2)).min(1), sources }).strict(),
    ageWords: z.object({ ...comment, openEnded: z.array(z.string().min(2)).min(1), sources }).strict(),
    timeWords: z.object({ ...comment, numbers: z.record(z.string().regex(/^[a-z]+$/), z.number().int().positive()), sources }).strict(),
  })
  .strict();

export type ProfileWording = z.infer<typeof profileWordingSchema>;
