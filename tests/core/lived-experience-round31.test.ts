// Thirty-first round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): "you do not need to have lived experience", a parent's experience of a
// system "as a parent", the title that says it is required, a preference and a requirement in one
// prose line, an eligibility list with "self-identifies as having", an application question, a
// summary that says who the family partner is, with traps (a clinician serving people with lived
// experience, office-software experience).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('thirty-first', [
  {
    name: 'you do not need to have lived experience to apply',
    text: "Peer Support Specialist\nWestside Wellness Collective | $18/hr | Part-time\n\nWho can apply\nYou do not need to have lived experience of the mental health system to apply; we'll train you.\nYou need a high school diploma and a clean driving record.",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'experience with the child welfare system as a parent, preferred',
    text: 'Parent Mentor\nFamilies Forward Coalition - $20/hr\n\nQualifications\n- High school diploma or GED\n- Experience with the child welfare system as a parent preferred\n- Must pass a background check',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'title says lived experience is required',
    text: 'Certified Peer Specialist (Lived Experience Required)\nPrairie Hills Mental Health Center\n$19-$22/hr, full time\n\nDuties\n- Run wellness groups\n- Meet members one on one',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'prose requirements line: diploma required, lived experience preferred but not required',
    text: 'Peer Recovery Coach\nSpringwater Recovery Services · $17.50/hr\n\nRequirements: A high school diploma is required; lived experience of substance use recovery is preferred but not required.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'eligibility list: self-identifies as having lived experience of mental illness',
    text: 'Peer Support Specialist (Grant-Funded)\nHighland County Human Services\nHourly: $18.40\n\nEligibility requirements for this position:\n(a) at least 18 years of age;\n(b) self-identifies as having lived experience of mental illness;\n(c) completion of the state peer training within 6 months.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'application question asking about personal recovery',
    text: "Recovery Coach\nBeacon Street Recovery Center\n$18/hr\n\nAbout the job\nHelp people leaving detox connect with housing, meetings and work.\n\nApplication questions\n- Do you have personal experience of recovery from a substance use disorder?\n- Do you have a valid driver's license?",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'summary says who the family partner is, qualifications silent on it',
    text: "Family Partner\nCedar Grove Children's Services · $19/hr\n\nSummary\nThe Family Partner is a parent who has raised a child with emotional or behavioral challenges and uses that experience to support other families.\n\nQualifications\n- High school diploma\n- Valid driver's license",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'special requirement line in a class spec: must be a person who has received services',
    text: 'CONSUMER PEER ADVOCATE\nState Department of Mental Health\nMonthly salary: $3,210 - $3,980\n\nMINIMUM QUALIFICATIONS\nEducation: High school graduation or GED.\n\nSPECIAL REQUIREMENT: Must be a person who has received public mental health services.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'informal post: need someone who has been in recovery a while',
    text: "Hiring: Recovery House Peer Mentor\nSecond Wind Recovery Homes, $16/hr + room\n\nWe need someone who's been in recovery at least a year to live on site and mentor the guys in the house. Call Mike at 555-0143.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: clinician serving clients with lived experience of trauma',
    text: "Trauma Therapist (LCSW)\nClearview Counseling Group - $68,000\n\nProvide therapy to adults with lived experience of trauma.\n\nQualifications\n- LCSW\n- Two years of post-master's experience",
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: peer posting that asks only for experience with office software and with people who use drugs',
    text: 'Peer Outreach Worker\nNightlight Harm Reduction · $19/hr\n\nRequirements\n- Experience with Microsoft Office and smartphones\n- Experience working with people who use drugs\n- Able to work evenings',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: duty to coach parents to speak up for their own child',
    text: 'Family Support Partner\nBright Futures Family Network · $18/hr\n\nDuties\n- Coach parents to speak up for their own child at school meetings\n- Share resources with families\n\nRequirements\n- High school diploma\n- Family peer certification within one year',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
