// A draft being written: a blank one for a category (its lived-experience sentence already in),
// a change of category that keeps what was written, and a draft read back from storage, laid
// field by field over a blank so that a damaged or older saved draft never breaks the page.
import { ROLE_CATEGORIES } from '../role-categories.js';
import type { RoleCategory } from '../types.js';
import type { DraftAnswers } from './answers.js';
import { exampleAnswers, livedExperienceSentence } from './builder-data.js';

export function blankDraft(category: RoleCategory): DraftAnswers {
  const example = exampleAnswers(category);
  return {
    category,
    organization: '',
    title: '',
    population: '',
    summary: '',
    reportsTo: '',
    supervision: '',
    peerCount: 2,
    team: '',
    responsibilities: [],
    knowledge: [''],
    livedExperience: livedExperienceSentence(category).sentence,
    willingnessToShare: example.willingnessToShare,
    certification: '',
    otherQualifications: [],
    pay: { from: Number.NaN, to: Number.NaN, per: 'hour' },
    careerLadder: '',
    howToApply: '',
  };
}

/** A new category keeps what was written, and takes the category's lived-experience sentence. */
export function withCategory(draft: DraftAnswers, category: RoleCategory): DraftAnswers {
  const sentence = livedExperienceSentence(draft.category).sentence;
  const keepOwn = draft.livedExperience.trim() !== '' && draft.livedExperience !== sentence;
  return { ...draft, category, livedExperience: keepOwn ? draft.livedExperience : livedExperienceSentence(category).sentence };
}

const isText = (v: unknown): v is string => typeof v === 'string';

/** Saved answers laid over a blank draft of their category, field by field, by type. */
export function draftFromStored(raw: Record<string, unknown>): DraftAnswers {
  const category = ROLE_CATEGORIES.find((c) => c === raw.category) ?? 'adult-mental-health';
  const draft = blankDraft(category);
  const out = draft as unknown as Record<string, unknown>;
  for (const [key, blank] of Object.entries(draft)) {
    if (key === 'category') continue;
    const value = raw[key];
    if (typeof blank === 'string' && isText(value)) out[key] = value;
    if (typeof blank === 'number' && typeof value === 'number') out[key] = value;
  }
  if (Array.isArray(raw.knowledge)) draft.knowledge = raw.knowledge.filter(isText);
  if (Array.isArray(raw.otherQualifications)) draft.otherQualifications = raw.otherQualifications.filter(isText);
  if (Array.isArray(raw.responsibilities)) {
    draft.responsibilities = raw.responsibilities
      .filter((r): r is { text: string; competency?: unknown } => !!r && typeof r === 'object' && isText((r as { text?: unknown }).text))
      .slice(0, 6)
      .map((r) => (isText(r.competency) ? { competency: r.competency, text: r.text } : { text: r.text }));
  }
  const pay = raw.pay as { from?: unknown; to?: unknown; per?: unknown } | undefined;
  if (pay && typeof pay === 'object') {
    draft.pay = {
      from: typeof pay.from === 'number' ? pay.from : Number.NaN,
      to: typeof pay.to === 'number' ? pay.to : Number.NaN,
      per: pay.per === 'year' ? 'year' : 'hour',
    };
  }
  return draft;
}
