// A draft being written: blank for a category, a change of category, and one read back from
// storage (older, damaged or hostile values are dropped field by field).
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/job-description/answers.js';
import { exampleAnswers, livedExperienceSentence } from '../../src/core/job-description/builder-data.js';
import { blankDraft, draftFromStored, withCategory } from '../../src/core/job-description/draft.js';
import { renderPosting } from '../../src/report/job-description.js';

describe('a blank draft', () => {
  it('starts with the category’s lived-experience sentence and is not yet complete', () => {
    const draft = blankDraft('youth');
    expect(draft.livedExperience).toBe(livedExperienceSentence('youth').sentence);
    expect(checkAnswers(draft)).toMatchObject({ ok: false, field: 'organization' });
  });

  it('writes a posting of only what is filled in', () => {
    const draft = { ...blankDraft('family'), title: 'Family Peer Partner' };
    const text = renderPosting(draft).text;
    expect(text).toContain('Family Peer Partner');
    expect(text).toContain('Minimum qualifications');
    expect(text).not.toContain('What you will do');
    expect(text).not.toContain('per hour');
  });
});

describe('withCategory', () => {
  it('takes the new category’s sentence unless the editor wrote their own', () => {
    const draft = blankDraft('adult-mental-health');
    expect(withCategory(draft, 'parent-caregiver').livedExperience).toBe(livedExperienceSentence('parent-caregiver').sentence);
    const own = { ...draft, livedExperience: 'Our own words about lived experience.' };
    expect(withCategory(own, 'parent-caregiver').livedExperience).toBe('Our own words about lived experience.');
  });
});

describe('draftFromStored', () => {
  it('gives back a complete example unchanged, once through JSON', () => {
    const example = exampleAnswers('substance-use-recovery');
    expect(draftFromStored(JSON.parse(JSON.stringify(example)))).toEqual(example);
  });

  it('keeps each field only when it has the right type', () => {
    const draft = draftFromStored({
      category: 'nurse',
      title: 42,
      summary: 'A real summary',
      peerCount: '3',
      responsibilities: [{ text: 'Offer mutual support.' }, 'not an object', { text: 7 }, { competency: 9, text: 'Advocate with people.' }],
      knowledge: ['Listening', 3],
      pay: { from: null, to: 25, per: 'week' },
    });
    expect(draft.category).toBe('adult-mental-health');
    expect(draft.title).toBe('');
    expect(draft.summary).toBe('A real summary');
    expect(draft.peerCount).toBe(2);
    expect(draft.responsibilities).toEqual([{ text: 'Offer mutual support.' }, { text: 'Advocate with people.' }]);
    expect(draft.knowledge).toEqual(['Listening']);
    expect(draft.pay.from).toBeNaN();
    expect(draft.pay).toMatchObject({ to: 25, per: 'hour' });
  });
});
