// Round 59 (session 14): shapes met in an opened blind set (blind19), rewritten in our own words.
// A class definition whose holders have themselves received treatment or services for a
// condition requires it; growing up in care, or time spent in the juvenile system, is the
// applicant's own (youth) experience, "Ideally" a preference; a history of psychiatric hospitalization "is
// required" is an inquiry; "three years in personal recovery" is a fixed length of recovery.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const PEER =
  'Peer Support Specialist\nHarbor Lights Recovery Center | $21 an hour\n\nMeet adults where they are, share what helped you, and help people reach the goals they choose.\n\n';
const COACH =
  'Recovery Coach\nDawn House | $18 an hour\n\nLead recovery groups, share your story and walk beside people early in recovery.\n\n';

describeLivedExperienceRound('class holders, growing up in care, hospital histories', [
  {
    name: 'a class whose incumbents have themselves been treated or served for a condition',
    text: 'CLASS SPECIFICATION\nClass Title: Recovery Services Specialist I\nSalary Range: $3,100 - $4,400 monthly\n\nDEFINITION\nEmployees in this class offer peer services to adults in state hospitals and clinics. Incumbents in this class have themselves received treatment or services for depression, psychosis or another condition.\n\nMINIMUM QUALIFICATIONS\nHigh school diploma or GED.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: the people served have received services for a condition',
    text: `${PEER}Most of the people we serve have received treatment or services for a psychiatric condition for years.\n\nRequirements\n- High school diploma`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'ideally someone who grew up in care, for a youth role',
    text: 'Youth Peer Mentor\nCedar Grove Youth Homes | $17 an hour\n\nMentor teens in our group homes through sports, homework and talks.\n\nQualifications\n- High school diploma\n- Ideally you grew up in care yourself',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'having spent time in the juvenile system yourself, required',
    text: 'Youth Peer Advocate\nNorth Fork Youth Services | $18 an hour\n\nWalk beside young people on probation as they work toward the goals they set.\n\nRequirements\n- You must have spent time in the juvenile system yourself as a young person',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);

describe('hospital histories and lengths of recovery', () => {
  beforeAll(loadPartsOfSpeech);
  const ids = (text: string) => analyze(text).findings.map((f) => f.ruleId);
  it('a history of psychiatric hospitalization that is required is an inquiry', () => {
    expect(
      ids(
        `${PEER}Requirements\n1. Lived experience of a mental health condition.\n2. Proof is not asked, but a history of inpatient hospitalization is required.`,
      ),
    ).toContain('inquiry-hospitalization');
  });
  it('trap: the people served have histories of hospitalization', () => {
    expect(
      ids(
        `${PEER}Many members have a history of psychiatric hospitalization.\n\nRequirements\n- Lived experience of a mental health condition`,
      ),
    ).not.toContain('inquiry-hospitalization');
  });
  it('three years in personal recovery is a fixed length of recovery', () => {
    expect(ids(`${COACH}Requirements\n- Three years in personal recovery (alcohol or other drugs)`)).toContain('barrier-years-clean');
  });
  it('trap: years in personal recovery work', () => {
    expect(ids(`${COACH}Requirements\n- Two years in personal recovery coaching or peer support work`)).not.toContain(
      'barrier-years-clean',
    );
  });
});
