// Twenty-second round of fresh whole postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a requirement in the summary, a state's definition of a peer, a credential
// that requires it, a 'Lived Experience' heading, one's own recovery, veterans, family, foster youth,
// Indeed-style experience lines, with traps (names of councils and workshops, equal-opportunity
// boilerplate, clients' experience, a manager). Cases marked 'after the fixes' were written after the
// first run.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('twenty-second', [
  {
    name: 'summary paragraph: peer specialists must have a year in recovery',
    text: "Peer Support Specialist\nTri-Valley Recovery Services - $18/hr\n\nTri-Valley's Peer Support Specialists must have a minimum of one year in recovery and use that experience to support adults in our outpatient program.\n\nDuties\n- Lead recovery groups\n- Meet with participants one-on-one",
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'state rule definition of a peer',
    text: "Certified Peer Specialist\nPiedmont Community Services | $17.25/hr\n\nQualifications\n- Must meet the state's definition of a peer: a person who has received mental health or substance use services\n- High school diploma or GED",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'eligible for certification, which requires lived experience',
    text: 'Peer Support Specialist\nMaple Grove Services | $18/hr\n\nRequirements\n- High school diploma\n- Eligible for state certification as a Peer Support Specialist (requires lived experience)',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'Lived Experience heading: we value candidates who bring it',
    text: "Peer Outreach Worker\nStreet Level Outreach | $19/hr\n\nWhat you'll do\nFind and build trust with people living outside, and connect them to shelter and care when they want it.\n\nLived Experience\nWe value candidates who bring lived experience with mental health, substance use or homelessness.\n\nRequirements\n- High school diploma or GED\n- Valid driver's license",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'commitment to your own recovery with a minimum time',
    text: 'Recovery Coach\nKeystone Recovery Community Center | $17/hr\n\nRequirements\n- Demonstrated commitment to your own recovery (minimum 2 years)\n- CRS certification or willingness to obtain',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'parent/caregiver of a youth with behavioral health needs',
    text: 'Family Peer Advocate\nLighthouse Family Services | $18.50/hr\n\nRequirements\n- Must have lived experience as a parent or caregiver of a youth with behavioral health needs\n- Family Peer Advocate credential within 18 months',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'veteran peer must be a veteran who received VA mental health services',
    text: 'Veteran Peer Support Specialist\nCascade Veterans Outreach | $20/hr\n\nQualifications\n- Must be a veteran who has received mental health or substance use services\n- Honorable discharge\n- State peer certification within one year',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a workshop named Lived Experience Storytelling in training',
    text: 'Peer Support Specialist\nMeadowlands Services | $17/hr\n\nTraining provided\n- Our 3-day Lived Experience Storytelling Workshop for new staff\n- CPR and first aid\n\nRequirements\n- High school diploma\n- State peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: an advisory council named in About us',
    text: 'Peer Support Specialist\nRiverbend Behavioral Health | $18/hr\n\nAbout us\nRiverbend works with its Lived Experience Advisory Council to plan services.\n\nRequirements\n- High school diploma\n- Peer certification within six months',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: EEO boilerplate encouraging individuals with disabilities',
    text: 'Peer Support Specialist\nWestbrook Center | $17.50/hr\n\nDuties\n- Lead groups and support members with their goals\n\nRequirements\n- High school diploma\n- Peer certification\n\nWestbrook is an equal opportunity employer. Individuals with disabilities and veterans are encouraged to apply.',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'welcomed but not required',
    text: 'Peer Specialist - Inpatient Unit\nSt. Agnes Hospital | $19/hr\n\nAdditional information\nLived experience of psychiatric hospitalization is welcomed but not required.\n\nRequirements\n- High school diploma\n- State peer certification',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'personal experience with recovery, self or family member, required',
    text: 'Peer Recovery Specialist\nUnity Recovery Alliance | $18/hr\n\nRequirements\n- Personal experience with recovery (self or family member) required\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'former foster youth strongly preferred',
    text: 'Youth Peer Mentor\nFoster Forward Alliance | $17/hr\n\nMentor teens in foster care as they plan for life after 18.\n\nQualifications\n- Age 18-26\n- Former foster youth strongly preferred\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'you must identify as having lived experience',
    text: 'Peer Support Specialist\nNew Horizons Clinic | $18/hr\n\nAbout you\nYou must identify as having a lived experience of mental illness, addiction, trauma or homelessness. You have a high school diploma and can pass a background check.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'job board experience lines with Required in brackets',
    text: 'Peer Recovery Specialist\nSummit Treatment Center\n$18 - $21 an hour - Full-time\n\nExperience:\n- peer support: 1 year (Preferred)\n- lived experience in recovery: 2 years (Required)\n\nLicense/Certification:\n- CPRS (Required)',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap: therapist posting where clients have lived experience',
    text: 'Clinical Therapist - Co-occurring Program\nBayside Behavioral Health | $68,000\n\nProvide therapy to adults with lived experience of trauma and co-occurring disorders.\n\nQualifications\n- LCSW or LPC\n- Two years of clinical experience',
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: peer program manager preferring recovery, managing',
    text: "Program Manager - Behavioral Health\nCrestview Health | $72,000\n\nOversee budgets, staffing and reporting for three outpatient clinics.\n\nQualifications\n- Master's degree\n- Five years of management experience\n- Personal recovery experience a plus",
    kind: 'non-peer-posting',
  },
  {
    name: '(after the fixes) Preferred: individuals in recovery, under a peer title',
    text: "Peer Recovery Support Aide\nHarborview Treatment | $16/hr\n\nDuties: help run the recovery house schedule, drive residents to meetings they choose, and check in daily.\nRequired: high school diploma, valid driver's license.\nPreferred: individuals in recovery.",
    kind: 'peer-posting',
    le: 'preferred',
    specific: false,
  },
  {
    name: 'trap (after the fixes): lived experience in lower case before council is still a mention',
    text: 'Peer Support Specialist\nRiverbend Behavioral Health | $18/hr\n\nRequirements\n- Lived experience of mental illness required; you will also join our lived experience council\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap (after the fixes): Lived Experience Required in capitals is no name',
    text: 'Peer Support Specialist\nRiverbend Behavioral Health | $18/hr\n\nRequirements\n- Lived Experience Required: recovery from mental illness or addiction\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: "trap (after the fixes): their own recovery is the people served's",
    text: 'Peer Support Specialist\nRiverbend Behavioral Health | $18/hr\n\nDuties\n- Support members as they lead their own recovery\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
