// Thirteenth round of fresh postings for the lived-experience judgment (see lived-experience-rounds.ts).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirteenth', [
  {
    name: 'a JD template: the peer staff on this team use their personal recovery stories',
    text: 'JOB TITLE: Peer Support Specialist\nDEPARTMENT: Adult Outpatient\nREPORTS TO: Peer Program Supervisor\nPAY GRADE: 7 ($18.00-$21.00)\n\nPOSITION SUMMARY: The peer staff on this team use their personal recovery stories to inspire hope.\n\nESSENTIAL DUTIES: Facilitate groups; support members with goal planning.\n\nMINIMUM QUALIFICATIONS: High school diploma; state peer certification.',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'a nonprofit post: we are a team of people with lived experience',
    text: "Peer Outreach Worker\nHarm Reduction Collective - $21/hr\n\nWe are a team of people with lived and living experience of drug use.\n\nYou'll hand out supplies, train people on naloxone and build trust at our drop-in.\n\nTo apply send a short note about why this work matters to you.",
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'lived experience a major consideration in hiring',
    text: 'Peer Specialist\nAtlas Mental Health - $19/hr\n\nQualifications\n- High school diploma\n- Lived experience with mental health recovery will be a major consideration in hiring',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'we are looking especially for people with their own recovery, as a closing line under requirements',
    text: 'Recovery Coach\nCommunity Recovery Alliance - $18/hr\n\nRequirements\n- High school diploma\n- Recovery coach training (we can provide)\n\nPeople in recovery from substance use get priority in hiring.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'must be clean for two years',
    text: 'House Peer Mentor\nRecovery Homes Inc - $15/hr + room\n\nRequirements\n- Must be clean for at least two years\n- Able to lead house meetings',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'actively involved in your own recovery program under requirements',
    text: 'Peer Recovery Specialist\nNew Dawn Treatment - $19/hr\n\nRequirements\n- Active involvement in your own recovery program\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'you identify as someone with lived experience: Required',
    text: 'Peer Support Specialist\nBridgewell Clinic - $19/hr\n\nWhat you bring\n- You identify as a person with lived experience of mental health challenges - Required\n- Spanish - Preferred',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience OR three years in peer services, on two lines without bullets',
    text: 'Peer Advocate\nConsumer Rights Project - $18/hr\n\nRequirements:\nLived experience of the mental health system\nOR three years of experience in peer services\nHigh school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'went through addiction and came out the other side',
    text: "Peer Mentor\nNew Leaf Men's Program - $17/hr\n\nRequirements\n- Must be someone who has been through addiction and came out the other side\n- GED",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'raised a teenager who struggled',
    text: 'Family Peer Advocate\nTeen Wellness Partnership - $20/hr\n\nRequirements\n- Must have raised a teenager who struggled with emotional or behavioral challenges\n- Reliable transportation',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a clinical job where our clinicians include people in recovery',
    text: 'Addiction Counselor\nValley Treatment Center - $48,000\n\nProvide group and individual counseling to clients in outpatient treatment.\n\nRequirements\n- CADC credential\n- Two years of counseling experience\n\nOur clinical team includes people in recovery, and we welcome applicants in recovery.',
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: our members are people in recovery',
    text: 'Peer Support Specialist\nLighthouse Clubhouse - $18/hr\n\nOur members are people in recovery from serious mental illness.\n\nDuties\n- Work side by side with members\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: help clients who have struggled with addiction',
    text: 'Peer Recovery Coach\nFirst Step Center - $18/hr\n\nDuties\n- Help clients who have struggled with addiction build a recovery plan\n\nQualifications\n- High school diploma\n- Recovery coach certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: EEO with veterans and people with disabilities encouraged to apply',
    text: 'Peer Navigator\nMetro Health - $20/hr\n\nResponsibilities\n- Help patients navigate care\n\nQualifications\n- High school diploma\n- Peer credential\n\nVeterans and individuals with disabilities are encouraged to apply. Metro Health is an Equal Opportunity Employer.',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
