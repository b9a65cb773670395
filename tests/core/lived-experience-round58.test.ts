// Round 58 (session 13): shapes met in an opened blind set (blind16), rewritten in our own words.
// A diagnosis the applicant must have is lived experience asked (and an inquiry); "having walked
// your own road back from ..." and "having been a young person who experienced ..." name the
// applicant's own experience; a fixed length of recovery set off by a comma ("..., 2+ yrs") is a
// hiring barrier, as "one year of personal recovery" is.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const PEER =
  'Peer Support Specialist\nHarbor Lights Recovery Center | $21 an hour\n\nMeet adults where they are, share what helped you, and help people reach the goals they choose.\n\n';
const COACH =
  'Recovery Coach\nDawn House | $18 an hour\n\nLead recovery groups, share your story and walk beside people early in recovery.\n\n';

describeLivedExperienceRound('diagnoses, roads back and lengths after a comma', [
  {
    name: 'the applicant must have a diagnosis of a serious mental illness',
    text: `${PEER}Requirements\nTo be considered, the applicant must have a primary diagnosis of a serious mental illness.`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: the people served have a diagnosis',
    text: `${PEER}Most people we serve have a diagnosis of a serious mental illness.\n\nRequirements\n- High school diploma`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'having walked your own road back from a condition, preferred',
    text: `Peer Mentor (Veterans)\nHollis Veterans Center | $19 an hour\n\nHelp veterans connect with benefits and housing, and co-lead a coffee group.\n\nRequired\n- Must be a veteran\n\nPreferred\n- Having walked your own road back from a mental health or substance use condition`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'having been a young person who experienced homelessness, desirable',
    text: `TAY Peer Specialist\nGolden Valley Youth Center | $19 an hour\n\nEngage young people 16 to 25 on the street and at the center, and help them reach their own goals.\n\nQualifications\nHigh school diploma. Having been a young person who experienced homelessness or mental health challenges yourself is desirable.`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: "parent/caregiver experience with children's services is a plus",
    text: `Family Partner\nBright Paths Children's Services | $19 an hour\n\nWalk beside parents whose children receive mental health services, and run a parent group.\n\nQualifications\n- Experience working with children\n- Parent/caregiver experience with children's services is a plus`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'lived experience that may be substituted for a year of the experience asked is not required',
    text: `Community Health Worker - Peer Specialist II\nCounty of Alder | $22 an hour\n\nConnect people experiencing homelessness with housing and health care.\n\nMINIMUM QUALIFICATIONS\nExperience: Two years of experience in community outreach. Lived experience of homelessness, mental health conditions or substance use may be substituted for one year of the required experience.`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: required lived experience beside another substitution',
    text: `${PEER}MINIMUM QUALIFICATIONS\nLived experience of mental health recovery is required; two years of peer work may substitute for one year of college.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'sharing recovery experience as a duty, with nothing asked: mentioned',
    text: `Peer Bridger\nRiver County Health | $20 an hour\n\nDuties\n- Meet patients on the unit before discharge\n- Shares recovery experience to engage patients\n\nQualifications\n- High school diploma`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
]);

describe('asking to disclose hospitalizations', () => {
  beforeAll(loadPartsOfSpeech);
  it('disclosure of any psychiatric hospitalizations is an inquiry', () => {
    const text = `${PEER}Requirements\n- Lived experience of recovery from a mental health condition\n- Disclosure of any psychiatric hospitalizations in the past five years`;
    expect(analyze(text).findings.map((f) => f.ruleId)).toContain('inquiry-hospitalization');
  });
});

describe('a fixed length of recovery', () => {
  beforeAll(loadPartsOfSpeech);
  const ids = (text: string) => analyze(text).findings.map((f) => f.ruleId);
  it('set off by a comma after the requirement', () => {
    expect(ids(`${COACH}Requirements\n* Must be in long term recovery from addiction, 2+ yrs`)).toContain('barrier-years-clean');
    expect(ids(`${COACH}Requirements\n- Personal recovery from a substance use disorder, minimum 2 years, required`)).toContain(
      'barrier-years-clean',
    );
  });
  it('one year of personal recovery', () => {
    expect(ids(`${COACH}Requirements\n- At least one year of personal recovery from a substance use disorder`)).toContain(
      'barrier-years-clean',
    );
  });
  it('trap: years of work experience after the requirement', () => {
    expect(
      ids(`${COACH}Requirements\n- Personal recovery from a substance use disorder, and 2 years of work experience in human services`),
    ).not.toContain('barrier-years-clean');
  });
});
