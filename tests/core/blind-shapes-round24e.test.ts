// Round 24e, in our own words: occupations named as the people a phrase describes ("ranchers
// battling depression"), a peer credential offered beside another credential as one way in, and
// time spent in a psychiatric hospital said of someone's relative. Each case failed on the
// session's start commit except the guards, which say so.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('people named by their work', () => {
  it.each(['Many ranchers battling depression never call anyone.', 'We visit fishermen suffering from depression after a bad season.'])(
    'are the people a pity frame describes: %s',
    (s) => expect(languageRuleIds(s).length).toBeGreaterThan(0),
  );
  it('guard: a battle that is no illness stays unflagged', () =>
    expect(languageRuleIds('Ranchers battling the wildfire worked through the night.')).toEqual([]));
});

describe('a peer credential beside another credential', () => {
  const coordinator = (line: string) =>
    analyze(
      [
        'Coordinator, Campus Recovery Program',
        'Division of Student Life - Northfield State University',
        'Salary: $52,000 - $58,000. Full-time.',
        '',
        'The Coordinator runs the recovery program, plans sober events and supervises student peer mentors.',
        '',
        'Preferred qualifications',
        `- ${line}`,
        '- Two years of program management',
        '',
        'To apply, send a letter and resume. Northfield State is an equal opportunity employer.',
      ].join('\n'),
    ).role.isPeerRole;
  it('is one way in, not what makes the job a peer role', () => {
    expect(coordinator('Certified Peer Recovery Specialist or an addiction counseling license')).toBe(false);
    expect(coordinator("Certified Peer Recovery Specialist (CPRS) or a master's degree in social work")).toBe(false);
  });
  it('guard: a peer credential asked alone still makes the job a peer role', () => {
    expect(coordinator('Certified Peer Recovery Specialist')).toBe(true);
  });
});

describe('lived experience said of staff and their relatives', () => {
  it('"somebody" reads as "someone" does', () => {
    const posting = (who: string) =>
      analyze(
        `Family Peer Specialist\nLakeland Family Network - $21 an hour\n\nWalk beside parents and partners of adults in mental health care.\n\nRequirements\n- Experience of your own as the family member of ${who} living with a mental health condition (required).\n- A high school diploma.`,
      ).livedExperience.status;
    expect(posting('somebody')).toBe(posting('someone'));
    expect(posting('somebody')).toBe('required');
  });
  it('time in a psychiatric hospital is a mention of lived experience', () => {
    const text = [
      'Family Advocate',
      'Glenview Family Alliance - $21 an hour',
      '',
      'Several of our Family Advocates have a brother, a son or a partner who has spent time in a state hospital, and that shapes how they listen.',
      '',
      'Answer the family support line and meet relatives of adults leaving the hospital. Apply online.',
    ].join('\n');
    expect(analyze(text).livedExperience.status).toBe('mentioned');
  });
});
