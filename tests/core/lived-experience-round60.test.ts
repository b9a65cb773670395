// Round 60 (session 14): shapes met in an opened blind set (blind21), rewritten in our own words.
// The advocates' "own story of growing up with" a condition is lived experience mentioned; a
// supervisor "who has been in recovery for 15 years" asks nothing of the applicant; a benefit's
// "workplace where lived experience is valued" prefers no applicant; proof of treatment received,
// and outlining a diagnosis and hospital stays in a cover letter, are inquiries; keeping records of
// services provided is none.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const PEER =
  'Peer Support Specialist\nHarbor Lights Recovery Center | $21 an hour\n\nMeet adults where they are, share what helped you, and help people reach the goals they choose.\n\n';
const COACH =
  'Recovery Coach\nDawn House | $18 an hour\n\nLead recovery groups, share your story and walk beside people early in recovery.\n\n';

describeLivedExperienceRound('stories of growing up, supervisors in recovery', [
  {
    name: "advocates' own story of growing up with a condition, told of the role: mentioned",
    text: 'Youth Peer Advocates at Birch Lane bring their own story of growing up with anxiety or depression to every talk with the teens in our programs.\n\nWhat you will do\n- Meet teens at home and at school\n- Run a weekly youth group\n\nMinimum qualifications: High school diploma; age 18-28. $19 an hour.',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'a workplace where lived experience is valued, among the benefits: mentioned',
    text: `${COACH}Requirements\n- High school diploma\n- Recovery coach training, or willing to complete it\n\nWhat we offer\n$20 an hour, health insurance, paid time off and a workplace where your own recovery is valued as expertise.`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: people in recovery encouraged to apply, in the equal opportunity statement: preferred',
    text: `${COACH}Requirements\n- High school diploma\n\nEqual Opportunity Employer\nWe value lived experience, and people in recovery are strongly encouraged to apply.`,
    kind: 'peer-posting',
    le: 'preferred',
  },
]);

describe('inquiries and lengths of recovery said of others', () => {
  beforeAll(loadPartsOfSpeech);
  it('a supervisor who has been in recovery for 15 years is no length of recovery asked', () => {
    expect(
      ruleIds(
        `${COACH}Requirements\n- Lived experience of recovery from substance use\n\nOur founder, who has been in recovery for 15 years, leads the weekly team huddle.`,
      ),
    ).not.toContain('barrier-years-clean');
  });
  it('proof of treatment received is an inquiry', () => {
    expect(
      ruleIds(
        `${PEER}Requirements\n- Lived experience of a mental health condition. If you use this in place of work experience, attach proof of treatment received from your provider.`,
      ),
    ).toContain('inquiry-treatment');
  });
  it('outlining a diagnosis and any hospital stays in a cover letter is an inquiry', () => {
    const found = ruleIds(`${PEER}How to apply\nIn your cover letter, outline your diagnosis and any hospital stays.`);
    expect(found).toContain('inquiry-diagnosis');
    expect(found).toContain('inquiry-hospitalization');
  });
  it('trap: keeping records of services provided asks nothing', () => {
    expect(
      ruleIds(
        `${PEER}Duties\n- Keeps accurate records of services provided.\n\nRequirements\n- Lived experience of a mental health condition`,
      ),
    ).not.toContain('inquiry-treatment');
  });
});
