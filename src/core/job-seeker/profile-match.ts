// "Do I qualify?": the job seeker's profile set beside what a posting asks, item by item. Pure:
// the same answers in the popup, the side panel and the tests. An answer is "yes", "no" or "ask",
// with a sentence about the posting's requirement (never about the person) and, when it is not a
// plain yes, the question to ask the employer.
import type { ProfileWording } from '../lexicon/seeker-profile-schema.js';
import type { QualificationItem, RoleCategory } from '../types.js';
import { AGE_BANDS, EDUCATION_LEVELS, RECOVERY_BANDS, isEmptyProfile, type EducationLevel, type SeekerProfile } from './seeker-profile.js';

export type ProfileAnswer = 'yes' | 'no' | 'ask';

export interface ItemAnswer {
  /** The qualification item's id and words, as the report has them. */
  id: string;
  item: string;
  answer: ProfileAnswer;
  /** Why, in plain words. */
  because: string;
  /** A question to ask the employer; empty for a plain yes. */
  question: string;
}

export interface ProfileComparison {
  overall: ProfileAnswer | 'empty';
  summary: string;
  items: ItemAnswer[];
}

/** What the profile says about one item: has it, lacks it, partly (or cannot tell), not answered. */
type Fit = 'has' | 'lacks' | 'partly' | 'unknown';

export function compareProfile(items: readonly QualificationItem[], profile: SeekerProfile, wording: ProfileWording): ProfileComparison {
  if (isEmptyProfile(profile)) return { overall: 'empty', summary: wording.overall.empty, items: [] };
  const answers: ItemAnswer[] = [];
  for (const q of items) {
    const words = wording.items.find((w) => w.id === q.id);
    if (!words) continue;
    const fit = fitOf(q, profile, wording);
    const answer: ProfileAnswer = fit === 'has' ? 'yes' : fit === 'lacks' ? (q.status === 'required' ? 'no' : 'yes') : 'ask';
    const because =
      fit === 'unknown'
        ? wording.notInProfile
        : fit === 'lacks' && answer === 'yes'
          ? wording.notRequired
          : words[fit === 'has' ? 'yes' : fit === 'lacks' ? 'no' : 'ask'];
    answers.push({ id: q.id, item: q.item, answer, because, question: answer === 'yes' ? '' : words.question });
  }
  const overall: ProfileAnswer = answers.some((a) => a.answer === 'no') ? 'no' : answers.some((a) => a.answer === 'ask') ? 'ask' : 'yes';
  return { overall, summary: wording.overall[overall], items: answers };
}

function fitOf(q: QualificationItem, p: SeekerProfile, wording: ProfileWording): Fit {
  switch (q.id) {
    case 'qualification-lived-experience':
      return livedExperienceFit(q.kinds ?? [], p.livedExperience);
    case 'qualification-certification':
      return p.certification === undefined ? 'unknown' : p.certification === 'yes' ? 'has' : p.certification === 'no' ? 'lacks' : 'partly';
    case 'qualification-education':
      return educationFit(q.text, p.education, wording);
    case 'qualification-driving':
      if (p.driving === undefined) return 'unknown';
      if (p.driving === 'license-and-car') return 'has';
      if (p.driving === 'no') return 'lacks';
      return wordIn(q.text, wording.carWords.words) ? 'lacks' : 'has';
    case 'qualification-background-check':
      // A worry is never a "no": whether a record matters depends on what is checked.
      return p.backgroundCheck === undefined ? 'unknown' : p.backgroundCheck === 'no-concerns' ? 'has' : 'partly';
    case 'qualification-time-in-recovery':
      return p.timeInRecovery === undefined ? 'unknown' : bandFit(RECOVERY_BANDS[p.timeInRecovery], monthsIn(q.text, wording));
    case 'qualification-age':
      return p.age === undefined ? 'unknown' : ageFit(AGE_BANDS[p.age], q.text, wording);
    default:
      return 'unknown';
  }
}

/** Experience of mental health or substance use in general fits a posting that names either. */
const GENERAL: readonly RoleCategory[] = ['adult-mental-health', 'substance-use-recovery', 'youth', 'general-peer'];

function livedExperienceFit(asked: readonly RoleCategory[], mine: readonly RoleCategory[]): Fit {
  if (!mine.length) return 'unknown';
  if (!asked.length) return 'partly';
  const fits = (a: RoleCategory) =>
    mine.includes(a) ||
    (a === 'general-peer' && mine.some((m) => GENERAL.includes(m))) ||
    (a !== 'family' && a !== 'parent-caregiver' && mine.includes('general-peer'));
  return asked.some(fits) ? 'has' : 'lacks';
}

function educationFit(text: string, mine: EducationLevel | undefined, wording: ProfileWording): Fit {
  if (mine === undefined) return 'unknown';
  // The lowest level the posting names ("a bachelor's degree or a high school diploma and ...").
  const asked = wording.educationLevels.levels.find((l) => wordIn(text, l.words))?.level;
  if (!asked) return 'partly';
  return EDUCATION_LEVELS.indexOf(mine) >= EDUCATION_LEVELS.indexOf(asked) ? 'has' : 'lacks';
}

/** [from, to) months against what the posting asks: at or over it, under it, or across it. */
function bandFit([from, to]: readonly [number, number], asked: number | null): Fit {
  if (asked === null) return 'partly';
  if (from >= asked) return 'has';
  if (to <= asked) return 'lacks';
  return 'partly';
}

/** "two years clean", "18 months of sobriety", "1 year" → months; null when no number is read. */
export function monthsIn(text: string, wording: ProfileWording): number | null {
  const numbers = Object.keys(wording.timeWords.numbers).join('|');
  const m = new RegExp(`\\b(\\d{1,2}|${numbers})(?:\\+|\\s*or more)?[\\s-]+(year|month)s?\\b`, 'i').exec(text);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : wording.timeWords.numbers[m[1]!.toLowerCase()]!;
  return /^year/i.test(m[2]!) ? n * 12 : n;
}

/** The ages a posting names: "18 to 25", "between the ages of 18 and 26", "at least 21". */
export function agesIn(text: string, wording: ProfileWording): [number, number] | null {
  const numbers = [...text.matchAll(/\b(\d{2})\b/g)].map((m) => Number(m[1])).filter((n) => n >= 12 && n <= 99);
  if (numbers.length >= 2) return [Math.min(numbers[0]!, numbers[1]!), Math.max(numbers[0]!, numbers[1]!)];
  if (numbers.length === 1 && wordIn(text, wording.ageWords.openEnded)) return [numbers[0]!, Infinity];
  return null;
}

function ageFit([from, to]: readonly [number, number], text: string, wording: ProfileWording): Fit {
  const range = agesIn(text, wording);
  if (!range) return 'partly';
  if (from >= range[0] && to <= range[1]) return 'has';
  if (to < range[0] || from > range[1]) return 'lacks';
  return 'partly';
}

function wordIn(text: string, words: readonly string[]): boolean {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
  return new RegExp(`(?:^|[^\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'iu').test(text);
}
