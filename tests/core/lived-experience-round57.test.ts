// Round 57 (session 13): shapes met in opened blind sets (blind14, blind15), rewritten in our own
// words. A relative named before the condition makes the experience a family member's or a
// parent's ("the parent of a child who has received mental health services", "a loved one (an
// adult) who has lived with ..."), so a youth role asking for it is a mismatch; "You are, or have
// been, the parent ..." reads across its aside; a class specification's definition that its
// holders draw on their own experience requires it; "where it is helpful" says when to share, it
// prefers nothing; describing any history of hospitalization, and a sponsor's letter or proof of
// sobriety, are inquiries.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const YOUTH =
  'Youth Peer Advocate\nRiverside Youth Network | Full time | $20 an hour\n\nThe Youth Peer Advocate helps young people ages 16 to 24 speak up for themselves and reach their own goals.\n\nQualifications\n';
const FAMILY =
  'Family Peer Advocate\nLakeview Behavioral Health | $21 an hour\n\nHelp relatives of adults who live with a mental health condition find support, and run a monthly family group.\n\nRequirements\n';
const CLASS_SPEC =
  'COUNTY OF ALDER - CLASS SPECIFICATION\nClass Title: Behavioral Health Specialist II\nSalary Range: $20.11 - $25.68 hourly\n\nDEFINITION\n';
const PEER =
  'Peer Support Specialist\nHarbor Lights Recovery Center | $21 an hour\n\nMeet adults where they are, share what helped you, and help people reach the goals they choose.\n\n';

describeLivedExperienceRound('relatives, asides, class definitions', [
  {
    name: "a parent's experience of a child's services, asked of a youth advocate: a mismatch",
    text: `${YOUTH}- Must have lived experience as the parent or primary caregiver of a child who has received mental health services\n- High school diploma`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
    flags: ['le-category-mismatch'],
  },
  {
    name: "trap: the young person's own experience of services fits a youth advocate",
    text: `${YOUTH}- Must have lived experience, as a young person, of receiving mental health services\n- High school diploma`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: '"You are, or have been, the parent, partner or sibling of an adult living with ..." is required',
    text: `${FAMILY}Required: You are, or have been, the parent, partner, sibling or adult child of an adult living with a mental health condition.\nRequired: High school diploma.`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a loved one (an adult) who has lived with a condition: family experience, no mismatch',
    text: `${FAMILY}The only requirement is that you have a loved one (an adult) who has lived with a mental health or substance use condition.`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: "trap: the applicant's own recovery asked of a family role is still a mismatch",
    text: `${FAMILY}- Personal lived experience of recovery from mental illness\n- High school diploma`,
    kind: 'peer-posting',
    le: 'required',
    flags: ['le-category-mismatch'],
  },
  {
    name: 'a class definition: incumbents in this class draw on their own experience',
    text: `${CLASS_SPEC}Under general supervision, incumbents in this class provide recovery support to adults in county programs, drawing on their personal experience of living with and recovering from a serious mental health condition.\n\nMINIMUM QUALIFICATIONS\nOne year of experience providing peer support services.`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a posting that says its peer staff draw on their experience only mentions it',
    text: `Peer Support Specialist\nAlder County | $22 an hour\n\nOur peer staff provide recovery support, drawing on their personal experience of living with a mental health condition.\n\nMINIMUM QUALIFICATIONS\nOne year of experience providing peer support services.`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: '"disclose their recovery where it is helpful" prefers nothing',
    text: `${PEER}Expectations\nStaff in this role are expected to disclose their recovery experience to the people served where it is helpful.`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: "lived experience of recovery is helpful" is a preference',
    text: `${PEER}Qualifications\n- High school diploma\n- Lived experience of recovery is helpful`,
    kind: 'peer-posting',
    le: 'preferred',
  },
]);

/** The rule ids a text's report holds. */
const ids = (text: string) => analyze(text).findings.map((f) => f.ruleId);

describe('no mismatch where the relative decides the kind', () => {
  beforeAll(loadPartsOfSpeech);
  it("a loved one's condition asked of a family role", () => {
    expect(
      ids(
        `${FAMILY}The only requirement is that you have a loved one (an adult) who has lived with a mental health or substance use condition.`,
      ),
    ).not.toContain('le-category-mismatch');
  });
  it("a young person's own services asked of a youth advocate", () => {
    expect(
      ids(`${YOUTH}- Must have lived experience, as a young person, of receiving mental health services\n- High school diploma`),
    ).not.toContain('le-category-mismatch');
  });
  it('a relative described among the people served does not decide the kind asked', () => {
    const text = `Family Support Partner\nCrestline Services | $20 an hour\n\nMany families call us after years alone, such as the mother of a son who has been hospitalized several times.\n\nRequirements\n- Personal lived experience of recovery from mental illness is required`;
    expect(ids(text)).toContain('le-category-mismatch');
  });
});

describe('asking for records of hospitalization or sobriety', () => {
  beforeAll(loadPartsOfSpeech);
  it('describing any history of psychiatric hospitalization is an inquiry', () => {
    expect(
      ids(
        `${PEER}Requirements\n- Personal recovery from a mental health condition\n- Applicants should describe any history of psychiatric hospitalization in their cover letter`,
      ),
    ).toContain('inquiry-hospitalization');
  });
  it("a sponsor's letter or proof of sobriety is asking for records", () => {
    const text = `Recovery Coach\nNew Dawn Residential | $17 an hour\n\nLead evening recovery groups and share your story.\n\nRequirements\n- In recovery from substance use yourself\n- Two years of continuous sobriety, verified by a sponsor letter`;
    expect(ids(text)).toContain('inquiry-clinician-letter');
    expect(ids(text.replace('verified by a sponsor letter', 'with proof of sobriety at interview'))).toContain('inquiry-clinician-letter');
  });
  it('trap: explaining a history of reliable attendance, or helping people find a sponsor, asks nothing', () => {
    const text = `Recovery Coach\nNew Dawn Residential | $17 an hour\n\nHelp people find a sponsor if they want one, and share your story.\n\nRequirements\n- In recovery from substance use yourself\n- Explain your history of reliable attendance at work`;
    const found = ids(text);
    expect(found).not.toContain('inquiry-clinician-letter');
    expect(found).not.toContain('inquiry-hospitalization');
  });
});
