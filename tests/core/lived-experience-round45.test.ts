// Forty-fifth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): PDF text with page footers and numbered qualifications, an email
// forward, a person with a history now in recovery, "not a requirement, but a big plus", a
// fatherhood peer, a must in the About section, lived experience that another experience may
// replace, "Is this you?", a highlights strip, a UK table with E and D codes, and two traps
// (knowledge of others' lived experience; the team's lived experience in the overview).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('forty-fifth', [
  {
    name: 'PDF text: numbered required qualifications between page footers',
    text: 'JOB DESCRIPTION - PEER SUPPORT SPECIALIST\nPage 1 of 2\n\nSUMMARY\nProvides peer support to adults in outpatient services.\n\nREQUIRED QUALIFICATIONS:\n1. Self-disclosed lived experience with mental illness and/or substance use recovery.\n2. High school diploma or GED.\n\nPage 2 of 2\nSalary range: $36,000 - $41,000',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'email forward: they need to be in recovery themselves, ideally 2+ years',
    text: "---------- Forwarded message ---------\nFrom: Dana Ortiz\nSubject: Job opening - Recovery Coach\n\nHi all,\n\nWe're hiring a Recovery Coach at the Main Street center ($19/hr, full time). They need to be in recovery themselves, ideally 2+ years. Please pass this along!\n\nDana",
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'a person with a history of mental health challenges who is now in recovery',
    text: 'Peer Companion\nQuiet Harbor Respite House - $18/hr\n\nQualifications\n• A person with a history of mental health challenges who is now in recovery\n• Able to work overnight shifts',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience (not a requirement, but a big plus)',
    text: 'Peer Navigator\nCitywide Health - $20/hr\n\nRequirements\n- High school diploma\n- Lived experience with the mental health system (not a requirement, but a big plus)',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'fatherhood peer: a dad who has been through the system with his own kids',
    text: "Fatherhood Peer Mentor\nDads Matter Family Services - $19/hr\n\nWe're looking for a dad who has been through the child welfare system with his own kids and came out stronger.\n\nRequirements\n- Driver's license",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'About section: peer specialists at the agency must have lived experience',
    text: 'Peer Support Specialist\nNorthwind Services - $18/hr\n\nAbout Northwind\nPeer Support Specialists at Northwind must have lived experience of mental illness and recovery.\n\nDuties\n- Lead groups\n\nRequirements\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: knowledge of the lived experience of people with serious mental illness',
    text: 'Peer Support Specialist\nGateway Clinic - $18/hr\n\nRequirements\n- Knowledge of the lived experience of people with serious mental illness\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: "trap: the team's lived experience in the overview, requirements ask nothing",
    text: "Peer Support Specialist\nGateway Clinic - $18/hr\n\nOverview\nOur peer specialists' lived experience is the heart of our program.\n\nRequirements\n- High school diploma\n- Peer certification",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'two years of peer work may be accepted in lieu of lived experience',
    text: 'Recovery Coach\nBeacon Recovery - $18/hr\n\nRequirements\n- Lived experience of recovery from addiction\n- Two years of peer support work may be accepted in lieu of lived experience\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: "Is this you? You're in recovery from a substance use disorder",
    text: "Peer Recovery Specialist\nOpen Road Recovery - $19/hr\n\nIs this you?\n- You're in recovery from a substance use disorder\n- You want to help others find their way",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'highlights strip: lived experience valued',
    text: 'Peer Support Specialist\nSunrise Community Services\n$18 - $20 an hour\nHighlights: Lived experience valued · Paid training · Flexible schedule\n\nLead groups and meet members one on one.\n\nQualifications\n- High school diploma',
    kind: 'peer-posting',
    le: 'preferred',
    specific: false,
  },
  {
    name: 'UK person specification table with E and D codes',
    text: 'Peer Support Worker\nWestvale Health Trust\nBand 3\nSalary: £24,071\n\nPerson Specification\n| Criteria | E/D |\n|---|---|\n| Personal experience of mental health difficulties | E |\n| Experience of working in the NHS | D |',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'seeking a mom in recovery from addiction (after the fixes)',
    text: 'Parent Mentor\nNew Beginnings Family Center - $18/hr\n\nWe are seeking a mom in recovery from addiction who wants to walk beside other mothers.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap (after the fixes): families seeking support with their own lived experience stays a mention',
    text: 'Family Peer Advocate\nNew Beginnings Family Center - $18/hr\n\nWe help families seeking services navigate the system. Our advocates draw on their own lived experience as parents.\n\nRequirements\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
]);
