// "Do I qualify?": a profile set beside what a posting asks, on short postings written for these
// tests. Each item answers yes, no or ask; the words speak of the posting, never of the person.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../../src/core/index.js';
import { agesIn, compareProfile, monthsIn } from '../../../src/core/job-seeker/profile-match.js';
import { profileWording } from '../../../src/core/job-seeker/profile-wording.js';
import { EMPTY_PROFILE, seekerProfileSchema, type SeekerProfile } from '../../../src/core/job-seeker/seeker-profile.js';
import { profileWordingSchema } from '../../../src/core/lexicon/seeker-profile-schema.js';
import type { QualificationItem } from '../../../src/core/types.js';

beforeAll(loadPartsOfSpeech);

const POSTING = [
  'Peer Recovery Coach',
  'Use your own lived experience of recovery from substance use to support people leaving detox; share your story and offer mutual support.',
  'Qualifications:',
  '- Lived experience of recovery from substance use is required.',
  '- Must hold peer recovery certification.',
  "- Valid driver's license and reliable vehicle required.",
  '- High school diploma or GED required.',
  '- Two years of continuous recovery time in recovery required.',
  '- Must pass a criminal background check.',
  'Pay: $22 per hour. Apply online.',
].join('\n');

const profile = (p: Partial<SeekerProfile>): SeekerProfile => seekerProfileSchema.parse(p);
const answers = (text: string, p: Partial<SeekerProfile>) => {
  const result = compareProfile(analyze(text).jobSeeker.qualifications, profile(p), profileWording);
  return { ...result, by: new Map(result.items.map((a) => [a.id, a])) };
};

describe('do I qualify?', () => {
  it('answers yes on every item a matching profile meets, and yes overall', () => {
    const r = answers(POSTING, {
      livedExperience: ['substance-use-recovery'],
      certification: 'yes',
      driving: 'license-and-car',
      education: 'high-school',
      timeInRecovery: '2-to-5-years',
      backgroundCheck: 'no-concerns',
    });
    expect([...r.by.keys()].sort()).toEqual([
      'qualification-background-check',
      'qualification-certification',
      'qualification-driving',
      'qualification-education',
      'qualification-lived-experience',
      'qualification-time-in-recovery',
    ]);
    for (const a of r.items) expect(a, a.id).toMatchObject({ answer: 'yes', question: '' });
    expect(r.overall).toBe('yes');
    expect(r.summary).toBe(profileWording.overall.yes);
  });

  it('answers no where a requirement is not met, with a question to ask, and no overall', () => {
    const r = answers(POSTING, {
      livedExperience: ['family'],
      certification: 'no',
      driving: 'license-only',
      timeInRecovery: 'under-1-year',
    });
    expect(r.by.get('qualification-lived-experience')!.answer).toBe('no');
    expect(r.by.get('qualification-certification')!.answer).toBe('no');
    // "reliable vehicle": a license alone does not meet it
    expect(r.by.get('qualification-driving')!.answer).toBe('no');
    expect(r.by.get('qualification-time-in-recovery')!.answer).toBe('no');
    for (const a of r.items.filter((x) => x.answer === 'no')) expect(a.question).toMatch(/\?$/);
    expect(r.overall).toBe('no');
  });

  it('asks, never says no, about a worry over the background check', () => {
    const r = answers(POSTING, { backgroundCheck: 'concerns' });
    expect(r.by.get('qualification-background-check')).toMatchObject({
      answer: 'ask',
      question: expect.stringMatching(/background check/),
    });
    expect(r.overall).toBe('ask');
  });

  it('asks when the profile leaves an item out, and says where to fill it in', () => {
    const r = answers(POSTING, { certification: 'yes' });
    expect(r.by.get('qualification-education')).toMatchObject({ answer: 'ask', because: profileWording.notInProfile });
    expect(r.by.get('qualification-certification')!.answer).toBe('yes');
  });

  it('answers yes on something only preferred that the profile lacks', () => {
    const preferred = POSTING.replace('- Must hold peer recovery certification.', '- Peer recovery certification preferred.');
    const r = answers(preferred, { certification: 'no' });
    expect(r.by.get('qualification-certification')).toMatchObject({ answer: 'yes', because: profileWording.notRequired });
  });

  it('says only where to fill the profile in when it is empty', () => {
    const r = compareProfile(analyze(POSTING).jobSeeker.qualifications, EMPTY_PROFILE, profileWording);
    expect(r).toEqual({ overall: 'empty', summary: profileWording.overall.empty, items: [] });
  });

  it('compares the lowest level of schooling a posting names', () => {
    const item: QualificationItem = {
      id: 'qualification-education',
      item: 'Education',
      status: 'required',
      barrier: true,
      text: "Bachelor's degree in social work, or a high school diploma with two years of experience.",
    };
    expect(compareProfile([item], profile({ education: 'high-school' }), profileWording).items[0]!.answer).toBe('yes');
    const degree = { ...item, text: "Bachelor's degree required." };
    expect(compareProfile([degree], profile({ education: 'associate' }), profileWording).items[0]!.answer).toBe('no');
    expect(compareProfile([degree], profile({ education: 'master' }), profileWording).items[0]!.answer).toBe('yes');
  });

  it('reads the age range of a youth role against the age band', () => {
    const youth =
      'Youth Peer Advocate\nShare your own lived experience as a young person who has used mental health services to support youth.\nQualifications: Must be between the ages of 18 and 25. Lived experience required.\nPay: $21 per hour. Apply online.';
    expect(answers(youth, { age: '18-to-25' }).by.get('qualification-age')!.answer).toBe('yes');
    expect(answers(youth, { age: '31-or-older' }).by.get('qualification-age')!.answer).toBe('no');
    expect(answers(youth, { age: '26-to-30' }).by.get('qualification-age')!.answer).toBe('no');
    expect(agesIn('Must be at least 21 years old.', profileWording)).toEqual([21, Infinity]);
    expect(agesIn('Support youth in our program.', profileWording)).toBeNull();
  });

  it('reads a time in recovery in years or months, in digits or words', () => {
    expect(monthsIn('Two years clean and sober required.', profileWording)).toBe(24);
    expect(monthsIn('At least 18 months of sobriety.', profileWording)).toBe(18);
    expect(monthsIn('1+ year in recovery', profileWording)).toBe(12);
    expect(monthsIn('Time in recovery preferred.', profileWording)).toBeNull();
  });

  it('matches a posting that names no kind of lived experience with ask', () => {
    const item: QualificationItem = {
      id: 'qualification-lived-experience',
      item: 'Lived experience (the kind is not named)',
      status: 'required',
      barrier: false,
      text: 'Lived experience required.',
      kinds: [],
    };
    expect(compareProfile([item], profile({ livedExperience: ['youth'] }), profileWording).items[0]!.answer).toBe('ask');
    const general = { ...item, kinds: ['general-peer' as const] };
    expect(compareProfile([general], profile({ livedExperience: ['substance-use-recovery'] }), profileWording).items[0]!.answer).toBe(
      'yes',
    );
    expect(compareProfile([general], profile({ livedExperience: ['parent-caregiver'] }), profileWording).items[0]!.answer).toBe('no');
  });

  it('has wording that fits its schema, for every item the core lists', () => {
    const parsed = profileWordingSchema.parse(profileWording);
    const ids = new Set(parsed.items.map((i) => i.id));
    const analyzed = analyze(POSTING).jobSeeker.qualifications.map((q) => q.id);
    for (const id of analyzed) expect(ids.has(id), id).toBe(true);
    expect(ids.has('qualification-age')).toBe(true);
  });
});
