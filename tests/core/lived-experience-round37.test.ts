// Thirty-seventh round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a KSA line, "(self or family member)", a preference that may stand in
// for the degree, a degree that lived experience may replace, several kinds named together, "the
// successful candidate will be", sober for a time, priority for applicants in recovery, peer work
// that may substitute, body-only youth copy, a consumer line with "(current or former)".
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirty-seventh', [
  {
    name: 'KSA line: ability to use personal lived experience of recovery',
    text: 'Peer Support Specialist\nDepartment of Human Services · $19.25/hr\n\nKNOWLEDGE, SKILLS AND ABILITIES\n- Ability to use personal lived experience of recovery from mental illness to support others\n- Ability to keep accurate records',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'personal experience with the recovery process (self or family member)',
    text: 'Recovery Support Specialist\nBlue Lake Addiction Services · $18/hr\n\nPosition Requirements\n- Personal experience with the recovery process from addiction (self or family member)\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'strongly preferred and may stand in for the degree',
    text: 'Peer Navigator\nCity Health Department · $22/hr\n\nQualifications\n- Associate degree in human services\n- Lived experience of substance use recovery is strongly preferred and may substitute for the degree',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'the degree may be replaced by lived experience',
    text: "Peer Specialist\nValley Health Alliance · $20/hr\n\nQualifications\n- Bachelor's degree in social work; lived experience of mental illness may be substituted for the degree",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'several kinds of lived experience named, required',
    text: 'Peer Outreach Specialist\nCommunity Bridges · $20/hr\n\nRequirements\nLived experience with mental health, substance use, homelessness, or incarceration is required.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'the successful candidate will be a person with lived experience',
    text: 'Peer Support Specialist\nNorth Star Behavioral Health · $18.75/hr\n\nThe successful candidate will be a person with lived experience of a mental health condition who is comfortable sharing their story. Duties include leading groups and meeting members one on one.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'priority given to applicants who are in recovery',
    text: 'Peer Recovery Specialist\nHope House Treatment · $18/hr\n\nRequirements\n- High school diploma\n- Priority given to applicants who are in recovery from a substance use disorder',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'peer work experience may substitute for lived experience',
    text: 'Peer Advocate\nState Peer Network · $19/hr\n\nMinimum Qualifications\n- Lived experience of recovery from mental illness. Two years of peer support work may substitute for lived experience.\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: "body-only youth copy: you're 18-24 and you've been through the system",
    text: "Youth Peer Partner\nNext Step Youth Alliance · $17/hr\n\nYou're 18-24, you've been through the system yourself, and you're ready to help other young people get through it. You'll meet youth in shelters, schools and drop-in centers.",
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'consumer of mental health services (current or former) as a requirement line',
    text: 'Consumer Advocate\nRegional Mental Health Board · $18/hr\n\nRequirements\n- Consumer of mental health services (current or former)\n- Able to attend evening meetings',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
