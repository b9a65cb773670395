// Seventh round of fresh postings for the lived-experience judgment (see lived-experience-rounds.ts).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('seventh', [
  {
    name: 'a hospital posting: a summary that describes, and a preferred qualifications section',
    text: 'Peer Recovery Coach\nSt. Anne Health System - Behavioral Health\nFull time | Days | $20.10 - $24.60 per hour\n\nPosition Summary\nThis role is designed for individuals with lived experience who want to support patients with substance use disorders.\n\nResponsibilities\n- Engage patients in the emergency department and inpatient units\n- Connect patients to treatment and community supports\n\nMinimum Qualifications\n- High school diploma or GED\n- Certified Recovery Coach within 6 months\n\nPreferred Qualifications\n- Lived experience of recovery from substance use\n- Bilingual English/Spanish\n\nSt. Anne Health System is an equal opportunity employer.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a class specification with desirable qualifications',
    text: 'PEER CONSUMER ADVOCATE\nCounty Human Resources - Class Code 4412\n\nDEFINITION\nUnder direction, represents the interests of clients of county mental health programs.\n\nMINIMUM QUALIFICATIONS\nTwo years of experience in advocacy or community work.\n\nDESIRABLE QUALIFICATIONS\nPersonal experience as a recipient of public mental health services.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'must be willing to use personal recovery experience',
    text: 'Peer Recovery Specialist\nCrossroads Treatment - $19/hr\n\nRequirements\n- Must be willing to use personal recovery experience in a professional manner\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'a Must haves heading: a parent who has raised a child with behavioral health needs',
    text: 'Family Peer Support Partner\nKids Mental Health Alliance - $21/hr\n\nMust haves\n- Be a parent or caregiver who has raised a child with behavioral health needs\n- Reliable transportation',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'experience navigating the system as a family member is required',
    text: 'Family Navigator\nState Mental Health Family Council - $44,000 a year\n\nHelp families of adults with serious mental illness understand treatment and rights.\n\nQualifications\n- Experience navigating the mental health system as a family member is required\n- Strong phone skills',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a coordinator position said to be a peer role',
    text: 'Program Coordinator - Peer Respite\nHaven House - $46,000\n\nThis coordinator position is a peer role; applicants must self-identify as having lived experience with mental health challenges.\n\nDuties\n- Schedule respite staff\n- Support guests during their stay',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience with mental health, substance use, or both is essential',
    text: 'Peer Support Specialist\nTwin Rivers Clinic - $19/hr\n\nQualifications\n- Lived experience with mental health, substance use, or both, is essential to this role\n- Comfort with computers',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: "you don't need a degree, you need lived experience",
    text: "Recovery Coach\nFront Porch Recovery - $18/hr\n\nYou'll coach people in early recovery and run weekly meetings.\n\nYou don't need a degree. You need lived experience of recovery and a big heart.",
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'a Preferred: label with the type in parentheses',
    text: 'Peer Specialist\nMountain View Health - $18.50/hr\n\nQualifications\n- Required: high school diploma\n- Preferred: lived experience (mental health)',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a job board page whose similar-jobs list carries another posting',
    text: 'Peer Support Specialist\nValley Clinic - $18/hr\n\nJob description\nLead groups and help members plan their own recovery goals.\n\nQualifications\n- High school diploma\n- State certification\n\nSimilar jobs\nRecovery Coach - Hill Agency - must be in recovery 2 years\nCase Manager - River Agency',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
