// Forty-ninth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a preference said as "a strong / an added / a big plus" or "a real
// asset" wherever it stands; colleagues in recovery named in a list of what the team is made of
// (a mention that asks nothing), with the people served and a program's name as traps; "this
// role is no exception" to a hiring commitment; a table pasted with tabs, read by its columns; a
// bare "personal recovery" in a substance-use recovery job names its kind, not in a family one
// nor "lived experience" alone; a time of sobriety or abstinence asked on a requirements line, and
// the same only of applicants in recovery. Screening questions that ask a sobriety date or the
// treatment programs attended are treatment inquiries; a yes/no self-identification, an
// invitation to share one's story and treatment programs in the duties are not.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

const ORG = 'Brightwater Services | $20.50/hr | full time';
const COACH_DUTIES = '\n\nDuties\n- Offer recovery coaching to people after an overdose\n- Link people to mutual-aid meetings\n';

describeLivedExperienceRound('forty-ninth', [
  {
    name: 'a big plus on a qualifications bullet',
    text: `Recovery Navigator\n${ORG}\n\nWhat you'll do\n- Meet people at the shelter and help them set their own recovery goals\n- Run a weekly peer support group\n\nQualifications\n- High school diploma or GED\n- Personal experience with recovery from addiction is a big plus\n- Valid ID`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
    flags: ['le-preferred-only'],
  },
  {
    name: 'a strong plus after several kinds of experience',
    text: `Outreach Peer Worker\n${ORG}\n\nDuties\n- Walk the riverfront with the outreach nurse and offer water, socks and naloxone\n- Help people get IDs and apply for housing\n\nQualifications\n- Comfortable working outside in every season\n- Lived experience of homelessness, addiction or mental health challenges is a strong plus\n- Spanish a plus`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'an added plus without a verb (incarceration)',
    text: `Reentry Peer Mentor\n${ORG}\n\nMentor men coming home from state prison: help them get IDs, find work and stay connected to their families.\n\nQualifications:\n- Reliable transportation\n- Strong people skills\n- Personal history of incarceration an added plus`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'would be a real asset',
    text: `Peer Support Specialist\n${ORG}\n\nYou will walk alongside adults using our outpatient mental health clinic, help them build wellness plans and lead a hearing voices group.\n\nWhat we're looking for\n- Peer certification, or the ability to earn it in your first year\n- Lived experience with mental health recovery would be a real asset\n- Good listening skills`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: plus as a conjunction on another line',
    text: `Peer Recovery Specialist\n${ORG}\n\nProvide one-to-one recovery coaching and share your story with people leaving detox.\n\nRequirements\n- Lived experience of recovery from substance use\n- High school diploma plus two years of work experience\n- Willingness to share your recovery story`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a great plus for another item in the same sentence',
    text: `Peer Recovery Specialist\n${ORG}\n\nRequirements\n- Lived experience of recovery from substance use is required, and a second language would be a great plus`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'colleagues in recovery named in what the team is made of',
    text: `Peer Recovery Coach - Emergency Department Bridge\nCity General Hospital\n\nAbout the team\nOur bridge staff is a mix of physicians, nurses, social workers and people in recovery who know firsthand what walking through those doors feels like.${COACH_DUTIES}\nQualifications\n- High school diploma or GED\n- Recovery coach certification within six months`,
    kind: 'peer-posting',
    le: 'mentioned',
    flags: ['le-mentioned-not-required'],
  },
  {
    name: 'a team that includes individuals in long-term recovery',
    text: `Peer Recovery Coach\n${ORG}\n\nOur outpatient staff includes counselors, nurses and individuals in long-term recovery.${COACH_DUTIES}\nQualifications\n- High school diploma or GED`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: people in recovery are the people served',
    text: `Peer Recovery Coach\n${ORG}\n\nWe serve people in recovery from opioid use disorder across three rural counties. The coach meets people where they are, helps them plan their own recovery and runs a weekly group.\n\nQualifications\n- High school diploma or GED\n- Recovery coach training\n- Valid driver's license`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: a team made up of nurses who care for people in recovery',
    text: `Peer Recovery Coach\n${ORG}\n\nOur team is made up of nurses who care for people in recovery.${COACH_DUTIES}\nQualifications\n- High school diploma or GED`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: a clinic staffed by doctors trained to treat people in recovery',
    text: `Peer Recovery Coach\n${ORG}\n\nOur clinic is staffed by doctors trained to treat people in recovery.${COACH_DUTIES}\nQualifications\n- High school diploma or GED`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: a program named Recovery Center',
    text: `Peer Support Specialist - Northside Recovery Center\n${ORG}\n\nThe Northside Recovery Center is a drop-in space open seven days a week. The Peer Support Specialist welcomes guests, facilitates support groups and helps people find resources.\n\nRequirements\n- Peer specialist certification\n- Two years of customer service work`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'a hiring commitment this position is no different from',
    text: `Peer Support Specialist\n${ORG}\n\nWe hire people who have been through psychiatric crisis themselves, and this position is no different.\n\nDuties\n- Lead groups on our crisis unit\n- Help guests make a plan for going home`,
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'a hiring commitment this role is no exception to (from the known misses)',
    text: 'Peer Specialist\nHill Clinic - $18/hr\n\nWe are committed to hiring people who have been through the mental health system themselves, and this role is no exception.\n\nDuties\n- Run groups',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: no exception with a preference in the sentence',
    text: `Peer Support Specialist\n${ORG}\n\nWe welcome applicants with lived experience of mental health recovery for every opening, and this role is no exception.\n\nDuties\n- Lead groups on our crisis unit`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'a table pasted with tabs: lived experience in the Required column',
    text: `Peer Support Specialist\n${ORG}\n\nHelp adults with mental health challenges build their own wellness plans and run peer groups.\n\nArea\tRequired\tPreferred\nEducation\tHigh school diploma\tAssociate degree\nLived experience\tPersonal recovery from a mental health condition\t\nCertification\t\tState peer certification`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a table pasted with tabs: lived experience in the Preferred column',
    text: `Peer Support Specialist\n${ORG}\n\nHelp adults with mental health challenges build their own wellness plans and run peer groups.\n\nQualifications\nArea\tRequired\tPreferred\nEducation\tHigh school diploma\tAssociate degree\nLived experience\t\tPersonal recovery from a mental health condition\nCertification\tPeer certification within a year\t`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'own recovery experience in a substance-use recovery job names its kind',
    text: `Recovery Coach (part-time)\nRiverbend Recovery Community Organization\n\nRiverbend is a peer-run recovery community organization for people affected by alcohol and drug use. Coaches help people find recovery meetings, build a recovery plan and get back to work.\n\nThe coach will:\n- offer one-to-one recovery coaching\n- run the Thursday all-recovery meeting\n- help people sign up for treatment when they ask\n\nQualifications:\n- Recovery Coach Academy completed\n- Own recovery experience preferred`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
    flags: ['le-preferred-only'],
  },
  {
    name: 'trap: lived experience alone in a substance-use recovery job names no kind',
    text: `Recovery Coach\nRiverbend Recovery Community Organization\n\nHelp people in recovery from alcohol and drug use find meetings, sober housing and jobs. Lead a weekly recovery group.\n\nQualifications\n- Recovery coach training\n- Lived experience preferred`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: false,
    flags: ['le-not-specific'],
  },
  {
    name: 'trap: personal recovery in a family job names no kind',
    text: `Family Peer Advocate\n${ORG}\n\nSupport families whose adult relatives use our mental health services: explain how services work, go to meetings with them and link them to family support groups.\n\nQualifications\n- Family peer advocate credential or willingness to earn it\n- Personal recovery experience preferred`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: false,
    flags: ['le-not-specific'],
  },
  {
    name: 'sobriety of a year asked on a requirements line',
    text: `Peer Support Specialist\n${ORG}\n\nSupport people in our detox unit and run a daily recovery group.\n\nRequirements\n- High school diploma\n- Sobriety of at least one year`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
    flags: ['barrier-years-clean'],
  },
  {
    name: 'sobriety only of applicants in recovery, the condition trailing',
    text: `Peer Support Specialist\n${ORG}\n\nOffer peer support and share your own story with adults in our crisis stabilization unit.\n\nRequirements\n- GED or high school diploma\n- State peer certification\n- Sobriety of at least one year for applicants in recovery`,
    kind: 'peer-posting',
    le: 'mentioned',
    flags: ['le-mentioned-not-required', 'barrier-years-clean'],
  },
  {
    name: 'a year of sobriety only of applicants in recovery',
    text: `Peer Support Specialist\n${ORG}\n\nOffer peer support in our detox unit.\n\nRequirements\n- High school diploma\n- One year of sobriety for applicants in recovery`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: two years of recovery asked of all applicants',
    text: `Recovery Coach\n${ORG}\n\nCoach people in early recovery from alcohol and drug use and lead a weekly group.\n\nRequirements\n- High school diploma\n- Two years of continuous recovery from substance use, required of all applicants`,
    kind: 'peer-posting',
    le: 'required',
    flags: ['barrier-years-clean'],
  },
  {
    name: 'no title line: having been through recovery yourself is a huge plus',
    text: `We're hiring a Recovery Support Specialist at ${ORG}!\n\nYou'll meet people at our walk-in center, help them map out their own recovery and run an evening group.\n\nYou might be a fit if:\n- You have a high school diploma or GED\n- Having been through recovery from alcohol or drug use yourself is a huge plus\n- You can work some evenings`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a crisis team that brings together clinicians and peers with lived experience',
    text: `Crisis Peer Specialist\n${ORG}\n\nOur mobile crisis team brings together clinicians and peers with lived experience of suicidal crisis.\n\nDuties\n- Respond with a clinician to calls from people in crisis\n- Offer peer support and follow-up calls\n\nQualifications\n- High school diploma\n- Peer certification`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: a café that serves members in recovery',
    text: `Peer Support Specialist - Recovery Café\n${ORG}\n\nThe Recovery Café serves members in recovery from addiction, homelessness and mental health challenges. The Peer Support Specialist leads recovery circles and helps members set goals.\n\nRequirements\n- Peer certification\n- Food handler card`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'personal recovery experience required in an addiction program names its kind',
    text: 'Recovery Coach\nHarbor Addiction Treatment Center\n\nCoach patients in our opioid treatment program, run recovery groups and connect people to mutual-aid meetings.\n\nMinimum Qualifications\n- Personal recovery experience\n- Certified Recovery Specialist credential or eligibility',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: personal recovery experience in a mental health job names no kind',
    text: 'Peer Support Specialist\nNorth County Mental Health\n\nSupport adults living with serious mental illness in our assertive community treatment program and help them build wellness plans.\n\nMinimum Qualifications\n- Personal recovery experience\n- State peer specialist certification',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
    flags: ['le-not-specific'],
  },
  {
    name: 'a tab table with Minimum and Desired columns',
    text: `Recovery Coach\n${ORG}\n\nCoach people in recovery from alcohol and drug use.\n\nQualification\tMinimum\tDesired\nEducation\tGED\tAssociate degree\nLived experience\t\tRecovery from substance use`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'the whole peer team has it, and the new hire will too',
    text: `Housing Peer Navigator\n${ORG}\n\nEvery person on our peer team has lived experience of homelessness, and the new hire will too.\n\nDuties\n- Help people apply for housing\n- Go with people to viewings when they ask`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'all of our mentors have it, and so will you',
    text: `Peer Mentor\n${ORG}\n\nAll of our mentors have lived experience of incarceration, and so will you.\n\nDuties\n- Mentor people coming home from prison\n- Lead a weekly group`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: the new hire will also receive training',
    text: `Peer Mentor\n${ORG}\n\nOur peer staff have lived experience of recovery, and the new hire will also receive training.\n\nDuties\n- Mentor people coming home from prison\n- Lead a weekly group`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: a strong plus for a degree on another line',
    text: `Peer Support Specialist\n${ORG}\n\nQualifications\n- Bachelor's degree; a master's is a strong plus\n- Lived experience of mental health recovery`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a clause after a semicolon points back: a plus but not a must',
    text: `Peer Support Specialist\n${ORG}\n\nQualifications\n- High school diploma\n- Lived experience with mental health challenges; it's a plus but not a must`,
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'staff in recovery; if you are too, we would love to hear from you',
    text: `Recovery Coach\n${ORG}\n\nMany of our coaches are in recovery; if you are too, we would love to hear from you.\n\nDuties\n- Coach people in early recovery\n\nQualifications\n- High school diploma`,
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'trap: a clause after a semicolon that prefers something else',
    text: `Peer Recovery Specialist\n${ORG}\n\nSupport people in detox.\n\nRequirements\n- High school diploma\n- Lived experience of recovery from addiction; it is a plus to have a car`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a clause after a semicolon that says something else',
    text: `Peer Recovery Specialist\n${ORG}\n\nSupport people in detox.\n\nRequirements\n- High school diploma\n- Lived experience of recovery from addiction; this position is full time`,
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a peer team made up entirely of people with lived experience',
    text: `Peer Specialist\n${ORG}\n\nOur peer team is made up entirely of people with lived experience of the mental health system.\n\nDuties\n- Lead groups\n- Offer one-to-one support\n\nQualifications\n- Peer certification`,
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: a center run by and for people in recovery',
    text: `Peer Support Specialist\n${ORG}\n\nOur center is run by and for people in recovery.\n\nDuties\n- Lead groups\n\nQualifications\n- Peer certification`,
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: celebrating sobriety in the duties asks nothing',
    text: `Peer Support Specialist\n${ORG}\n\nDuties\n- Celebrate sobriety of 30 days or more with members at the monthly potluck\n- Lead a weekly group\n\nRequirements\n- High school diploma`,
    kind: 'peer-posting',
    le: 'absent',
  },
]);

const SCREENED = (questions: string) =>
  `Peer Recovery Specialist\n${ORG}\n\nOffer recovery support and share your own story with people in our outpatient addiction program.\n\nRequirements\n- Lived experience of recovery from addiction\n- Peer recovery certification\n\nApplication questions\n${questions}`;

const inquiries = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.ruleId.startsWith('inquiry-'))
    .map((f) => f.ruleId);

describe('forty-ninth round: screening questions about recovery', () => {
  beforeAll(loadPartsOfSpeech);
  it.each([
    [
      'a clean date and the rehab programs gone through',
      '1. What is your clean date?\n2. Which detox or rehab programs have you gone through?',
    ],
    ['a sobriety date to list', '1. Please list your sobriety date on this form.'],
    ['the names of the treatment programs attended', '1. Give the names of any treatment programs you have attended.'],
    [
      'the treatment facility where you completed treatment',
      '1. Provide the name of the treatment facility where you completed treatment.',
    ],
    ['where treatment was completed', '1. Where did you complete treatment?'],
    ['the date you got sober', '1. Tell us the date you got sober.'],
    ['how many times to detox', '1. Please state how many times you have been to detox.'],
    ['currently in a methadone program', '1. Are you currently in a methadone or buprenorphine program?'],
    ['a treatment provider and the last admission', '1. Include the name of your treatment provider and the dates of your last admission.'],
  ])('asks for treatment history: %s', (_name, questions) => {
    expect(inquiries(SCREENED(questions))).toContain('inquiry-treatment');
  });
  it.each([
    ['a yes/no self-identification', '1. Are you a person in long-term recovery? (Yes/No)'],
    ['an invitation to share one’s story', '1. If you wish, share a little of your story and how it shapes your work.'],
    ['a county list of treatment programs in the duties', '1. Do you know the treatment programs that accept Medicaid in our county?'],
    [
      'treatment approaches and programs to refer to',
      '1. What treatment approaches do you find most helpful?\n2. Which treatment programs in our county would you refer someone to?',
    ],
    ['a time you helped someone get into detox', '1. Describe a time you helped someone get into detox.'],
    ['currently in recovery, yes or no', '1. Are you currently in recovery? (Yes/No)'],
    ['an optional sobriety date', '1. If you like, tell us the day you got sober; it is never required.'],
  ])('asks nothing it may not: %s', (_name, questions) => {
    expect(inquiries(SCREENED(questions))).toEqual([]);
  });
  it('treatment programs named in the duties are no inquiry', () => {
    const text = `Peer Navigator\n${ORG}\n\nDuties\n- Help members mark their sobriety dates and recovery milestones\n- Keep an up-to-date list of treatment programs in the county and share it with participants\n- Help people find the treatment programs they want to attend\n- Provide the names of detox programs with open beds when someone asks\n\nRequirements\n- Lived experience of recovery from a substance use disorder`;
    expect(inquiries(text)).toEqual([]);
  });
  it('disclosing one’s own history to the people served is sharing, not an inquiry', () => {
    const text = `Peer Specialist\n${ORG}\n\nLead groups and offer one-to-one support on our inpatient psychiatric unit.\n\nQualifications\n- High school diploma\n- Comfortable disclosing your own psychiatric history to patients when it helps`;
    const r = analyze(text);
    expect(r.findings.map((f) => f.ruleId)).not.toContain('inquiry-treatment');
    expect(r.findings.map((f) => f.ruleId)).not.toContain('le-no-willingness-to-share');
  });
  it('disclosing one’s treatment history to the employer is still an inquiry', () => {
    const text = `Peer Specialist\n${ORG}\n\nQualifications\n- Lived experience of mental health recovery\n- Applicants must disclose their own psychiatric treatment history on the application`;
    expect(inquiries(text)).toContain('inquiry-treatment');
  });
});
