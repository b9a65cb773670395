// Round 62 (session 14): shapes met in an opened blind set (blind20), rewritten in our own words.
// Terse postings shorten words with a full stop and go on ("Personal lived exp. in MH recovery is
// a plus"): the sentence goes on, and "MH" names mental health. A self-disclosed history of psychiatric
// hospitalization asked is an inquiry; "in personal recovery ... for at least 18 months" and "a
// minimum of N months in stable recovery" are fixed lengths of recovery.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const COACH =
  'Recovery Coach\nDawn House | $18 an hour\n\nLead recovery groups, share your story and walk beside people early in recovery.\n\n';

describeLivedExperienceRound('shortened words', [
  {
    name: 'lived exp. with mental health recovery, a plus',
    text: 'Peer Support Spec. - PT - $18/hr\nNorth Shore Wellness\n\nDuties:\n- Meet w/ members 1:1\n- Lead 2 groups/wk\n\nReqs:\n- HS/GED\n- Personal lived exp. in MH recovery is a plus',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: approx. hours in a requirement line say nothing of lived experience',
    text: 'Peer Support Spec. - PT - $18/hr\nNorth Shore Wellness\n\nDuties:\n- Meet w/ members 1:1, approx. twenty hours a week\n\nReqs:\n- HS/GED',
    kind: 'peer-posting',
    le: 'absent',
  },
]);

describe('hospital histories and lengths of recovery, second set', () => {
  beforeAll(loadPartsOfSpeech);
  it('a self-disclosed history of psychiatric hospitalization asked of applicants is an inquiry', () => {
    expect(
      ruleIds(`${COACH}Special Requirement\nCandidates are asked for a self-disclosed history of psychiatric hospitalization.`),
    ).toContain('inquiry-hospitalization');
  });
  it.each([
    '- You must be in personal recovery from alcohol or other drugs for at least 18 months',
    '- Lived experience of alcohol or drug recovery; minimum of 9 months in continuous recovery',
  ])('a fixed length of recovery: %s', (line) => {
    expect(ruleIds(`${COACH}Requirements\n${line}`)).toContain('barrier-years-clean');
  });
  it('trap: personal recovery with no length', () => {
    expect(ruleIds(`${COACH}Requirements\n- You must be in personal recovery yourself (alcohol or other drugs)`)).not.toContain(
      'barrier-years-clean',
    );
  });
});
