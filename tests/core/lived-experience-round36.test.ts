// Thirty-sixth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a state spec's definition of a peer, a job board's "(Required)", a
// "Preferred Experience" heading, "bonus points", a parent partner who must have a child who received
// services, a heading-like "In recovery?" line, "currently receiving or have previously received", a
// family member with examples in brackets, with traps (certification standing, agency values).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirty-sixth', [
  {
    name: 'state spec: candidates must meet the definition of a peer',
    text: 'PEER SPECIALIST 1\nState Office of Recovery Services\nGrade 12 | $3,650 - $4,700 monthly\n\nMINIMUM QUALIFICATIONS\nHigh school diploma or equivalent, AND\nCandidates must meet the definition of a peer: a person who has personal lived experience with a mental health or substance use condition and is in recovery.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'job board copy with chrome and a (Required) line',
    text: "Easy Apply\nPeer Recovery Specialist\nSouthside Treatment Center · Columbus, OH\n$18 - $21 an hour · Full-time\n\nJob highlights\nQualifications\n• Lived experience with substance use (Required)\n• High school diploma or GED (Required)\n• Valid driver's license (Preferred)\n\nReport job",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Preferred Experience heading with a year of recovery',
    text: 'Peer Recovery Coach\nPathways Recovery Center · $18/hr\n\nRequired Experience\n- High school diploma\n- Recovery Coach Academy\n\nPreferred Experience\n- 1 year of lived experience in recovery from alcohol or drugs',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'bonus points for lived experience with the juvenile justice system',
    text: 'Youth Peer Advocate\nFresh Start Youth Network · $18/hr\n\nWhat you bring\n- Ages 18-25\n- Bonus points if you have lived experience with the juvenile justice system',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'parent partner must have a child who has received services',
    text: 'Parent Partner\nWraparound Family Services · $19/hr\n\nRequirements\n- Must have a child who has received services from the mental health, child welfare or juvenile justice system\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'heading-like line: In recovery? We want to hear from you!',
    text: 'Peer Support Specialist\nNew Beginnings Recovery · $17/hr\n\nIn recovery? We want to hear from you!\n\nDuties\n- Lead groups for people in early recovery\n- Help participants find housing and work',
    kind: 'peer-posting',
    le: 'preferred',
    specific: false,
  },
  {
    name: 'must currently be receiving or have previously received mental health services',
    text: 'Consumer Peer Specialist\nMetro County Mental Health · $17.80/hr\n\nMinimum Qualifications\n- Must currently be receiving or have previously received mental health services\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'family member with examples in brackets, required',
    text: 'Family Recovery Support Specialist\nPathways Family Center · $19/hr\n\nRequirements\n- Family member of a person with a substance use disorder (for example a parent, spouse or adult child) - required\n- Comfortable leading groups',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: good standing with the certification board',
    text: 'Certified Peer Specialist\nLakeshore Behavioral Health · $19/hr\n\nRequirements\n- Must be in good standing with the state peer certification board\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: "trap: the agency's values name lived experience, nothing asked",
    text: 'Peer Support Specialist\nRising Tide Peer Center · $18/hr\n\nAbout us\nRising Tide is run by and for people with lived experience.\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
