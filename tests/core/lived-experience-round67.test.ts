// Round 67 (session 16): shapes met in two opened blind sets (blind29, blind30), rewritten in our
// own words. The part one played, set off by commas ("Personal experience, as a teenager, with
// foster care"), does not hide what the experience is of; "a personal journey of recovery"
// told of the job is lived experience mentioned; asking applicants to list in a form "any
// inpatient admissions" asks for their hospital history. Traps: experience as a volunteer with
// community groups, and a form that asks about supporting someone after a hospital stay (both
// passed before this round: kept as guards).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { ruleIds } from './finding-ids.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const ADVOCATE =
  'Youth Peer Advocate\nLakeside Youth Services | $19.75 an hour\n\nWhat you will do\n- Spend time with teens on goals they pick.\n- Tell parts of your story when it helps.\n\n';

describeLivedExperienceRound('sixty-seventh', [
  {
    name: 'the part one played, between commas, inside the experience asked',
    text: `${ADVOCATE}Minimum qualifications\n- Personal experience, as a teenager, with foster care, the juvenile courts or mental health services\n- High school diploma or equivalent`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'the part one played, between commas, after the verb',
    text: 'Parent Peer Partner\nHillcrest Family Center | $20 an hour\n\nDuties\n- Sit with parents at school meetings they ask you to attend.\n\nRequirements\n- Must have raised, as a single parent, a child who received special education or mental health services\n- Valid driver license',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'experience as a volunteer is no lived experience',
    text: `${ADVOCATE}Minimum qualifications\n- Experience, as a volunteer, with community groups is a plus\n- High school diploma or equivalent`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'a personal journey of recovery told of the job',
    text: 'Recovery Support Specialist (Treatment Court)\nMarlow County | $22 an hour\n\nThe treatment court serves parents working to bring their children home. Drawing on a personal journey of recovery, the specialist meets parents in their first week and stays beside them through the program.\n\nDuties\n- Meet new participants within two days.\n- Co-lead a weekly parenting group.\n\nMinimum Qualifications\nBachelor degree in a human services field and one year of case management work.',
    kind: 'peer-posting',
    le: 'mentioned',
  },
]);

describe('hospital history asked in a form', () => {
  beforeAll(loadPartsOfSpeech);
  const SPECIALIST =
    'Peer Specialist\nRiverbend County | $24 an hour\n\nDuties\n- Lead recovery groups.\n\nRequirements\n- Must be a current or former recipient of mental health services.\n';
  it('flags a list of inpatient admissions', () => {
    expect(
      ruleIds(`${SPECIALIST}- Applicants are asked to list in the supplemental form any inpatient admissions in the past three years.`),
    ).toContain('inquiry-hospitalization');
  });
  it('stays silent on supporting someone after a hospital stay', () => {
    expect(
      ruleIds(
        `${SPECIALIST}- Applicants are asked to describe in the supplemental form how they would support someone after a hospital stay.`,
      ),
    ).not.toContain('inquiry-hospitalization');
  });
});
