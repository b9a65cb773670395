// The draft on the page: the answers as the editor is filling them in (blank where not yet
// written), a fresh blank for a category, and the plain-words name of each field for messages.
import type { DraftAnswers } from '../../src/core/job-description/answers';
import { exampleAnswers, livedExperienceSentence } from '../../src/core/job-description/builder-data';
import type { RoleCategory } from '../../src/core/types';

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

const FIELD_LABELS: Record<string, string> = {
  category: 'Kind of peer role',
  organization: 'Organization',
  title: 'Title',
  population: 'People served',
  summary: 'What the role is for',
  reportsTo: 'Reports to',
  supervision: 'Supervision',
  peerCount: 'Peers on the team',
  team: 'About the team',
  responsibilities: 'Core responsibilities',
  knowledge: 'Knowledge and skills',
  livedExperience: 'Lived experience required',
  willingnessToShare: 'Willingness to share',
  certification: 'Certification path',
  otherQualifications: 'Other qualifications',
  pay: 'Pay range',
  careerLadder: 'Career ladder',
  howToApply: 'How to apply',
};

/** "Core responsibilities, item 3" for "responsibilities[2].text". */
export function fieldLabel(field: string): string {
  const m = /^([a-zA-Z]+)(?:\[(\d+)\])?(?:\.([a-z]+))?/.exec(field);
  if (!m) return field;
  const base = FIELD_LABELS[m[1]!] ?? m[1]!;
  if (m[2] !== undefined) return `${base}, item ${Number(m[2]) + 1}`;
  if (m[1] === 'pay' && m[3]) return `${base} (${m[3] === 'from' ? 'from' : m[3] === 'to' ? 'to' : 'per'})`;
  return base;
}
