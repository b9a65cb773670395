// The job seeker's own answers about themselves, kept on their device only, which "do I qualify?"
// sets beside what a posting asks. Every answer is optional: an empty answer is never guessed.
// The same schema reads storage and an imported file, so an import is held to what the form makes.
import * as z from 'zod';
import { ROLE_CATEGORIES } from '../role-categories.js';

export const PROFILE_FORMAT = 'peerlens-profile';

export const CERTIFICATION_ANSWERS = ['yes', 'in-progress', 'no'] as const;
/** From the lowest level up: the order is compared. */
export const EDUCATION_LEVELS = ['none', 'high-school', 'associate', 'bachelor', 'master'] as const;
export const DRIVING_ANSWERS = ['license-and-car', 'license-only', 'no'] as const;
export const BACKGROUND_ANSWERS = ['no-concerns', 'concerns'] as const;
/** Time in recovery, as bands of months: [from, to). */
export const RECOVERY_BANDS = {
  'under-1-year': [0, 12],
  '1-to-2-years': [12, 24],
  '2-to-5-years': [24, 60],
  '5-years-or-more': [60, Infinity],
} as const;
/** Age bands in years, both ends included. */
export const AGE_BANDS = {
  'under-18': [0, 17],
  '18-to-25': [18, 25],
  '26-to-30': [26, 30],
  '31-or-older': [31, Infinity],
} as const;

type BandName<T> = keyof T & string;
const bandEnum = <T extends object>(bands: T) => z.enum(Object.keys(bands) as [BandName<T>, ...BandName<T>[]]);

export const seekerProfileSchema = z
  .object({
    format: z.literal(PROFILE_FORMAT).default(PROFILE_FORMAT),
    version: z.literal(1).default(1),
    /** The kinds of lived experience the person has. */
    livedExperience: z.array(z.enum(ROLE_CATEGORIES)).max(ROLE_CATEGORIES.length).default([]),
    certification: z.enum(CERTIFICATION_ANSWERS).optional(),
    education: z.enum(EDUCATION_LEVELS).optional(),
    driving: z.enum(DRIVING_ANSWERS).optional(),
    backgroundCheck: z.enum(BACKGROUND_ANSWERS).optional(),
    timeInRecovery: bandEnum(RECOVERY_BANDS).optional(),
    age: bandEnum(AGE_BANDS).optional(),
  })
  .strict();

export type SeekerProfile = z.infer<typeof seekerProfileSchema>;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EMPTY_PROFILE: SeekerProfile = seekerProfileSchema.parse({});

/** Nothing answered: "do I qualify?" then only says where to fill the profile in. */
export function isEmptyProfile(p: SeekerProfile): boolean {
  return (
    p.livedExperience.length === 0 &&
    [p.certification, p.education, p.driving, p.backgroundCheck, p.timeInRecovery, p.age].every((a) => a === undefined)
  );
}
