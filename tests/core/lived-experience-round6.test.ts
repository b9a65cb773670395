// Sixth round of fresh postings for the lived-experience judgment, with traps for the phrases
// the earlier rounds added (see lived-experience-rounds.ts).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('sixth', [
  {
    name: 'people who use drugs in the duties are the people served',
    text: 'Harm Reduction Peer Specialist\nNeedle Exchange Collective - $19/hr\n\nDuties\n- Distribute supplies to people who use drugs\n- Train participants to use naloxone\n\nQualifications\n- High school diploma\n- Peer certification within a year',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'nonjudgmental toward people who use drugs is an attitude, not lived experience',
    text: 'Peer Outreach Worker\nStreet Health Project - $20/hr\n\nDuties\n- Find and engage people living outside\n\nQualifications\n- Nonjudgmental toward people who use drugs\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'a Who: line that names the people the program serves',
    text: 'Peer Recovery Coach\nBridge Clinic - $20/hr\n\nProgram: Bridge Clinic low-barrier treatment\nWho: adults in recovery from opioid use disorder\nWhat: coach patients between visits and link them to housing and work\n\nQualifications\n- High school diploma\n- Recovery coach training',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'an outreach specialist with lived experience of homelessness a plus is not a peer job',
    text: "Outreach Specialist\nCity Housing Department - $48,000\n\nConduct street outreach, complete housing assessments and enter data into the city's homeless information system.\n\nQualifications\n- Bachelor's degree or two years of outreach experience\n- Lived experience of homelessness is a plus",
    kind: 'non-peer-posting',
  },
  {
    name: 'a counselor posting that values personal recovery is not a peer job',
    text: 'Mental Health Counselor\nLakeside Counseling Center - $58,000\n\nProvide individual and group therapy; complete assessments and treatment plans.\n\nQualifications\n- LMHC or license-eligible\n- Personal experience of recovery is valued',
    kind: 'non-peer-posting',
  },
  {
    name: 'a certification that requires lived experience of recovery',
    text: 'Certified Peer Specialist\nRiverside Services - $19/hr\n\nQualifications\n- Must have completed peer specialist certification, which requires lived experience of mental health recovery\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a second-person paragraph after the duties: you identify as a person with lived experience',
    text: "Peer Support Specialist\nGreen Hills Clinic - $19.50/hr\n\nYou will lead wellness groups and meet members in the community.\n\nYou identify as a person with lived experience of mental health challenges. You have a GED and a driver's license.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a person in recovery or a family member of one: both lived, required',
    text: 'Recovery Support Specialist\nCommunity Recovery Network - $18/hr\n\nQualifications\n- Applicants must be a person in recovery or a family member of a person in recovery\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'a one-line Qualifications: label with bare lived experience',
    text: 'Peer Support Specialist\nOak Street Services - $18/hr\n\nDuties: lead groups and help members plan their own goals.\nQualifications: lived experience; GED; CPR.',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'a Lived experience (required): label line naming the type',
    text: 'Peer Specialist\nWellspring - $20/hr\n\nRequirements at a glance\nEducation: high school diploma or GED\nLived experience (required): mental health or substance use recovery\nCertification: within 12 months',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'preferred qualifications named in a prose paragraph',
    text: 'Youth Peer Mentor\nTeen Connect - $18/hr\n\nYou will mentor teens in foster care and help them plan for adulthood.\n\nApplicants need a high school diploma. Preferred qualifications include lived experience with the foster care system.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a case manager who works beside peer specialists with lived experience is not a peer job',
    text: "Case Manager\nUnity Services - $45,000\n\nCoordinate care for adults with serious mental illness. This position works closely with peer specialists who have lived experience.\n\nQualifications\n- Bachelor's degree in social work or a related field",
    kind: 'non-peer-posting',
  },
  {
    name: 'a peer supervisor with lived experience is described, not asked of the applicant',
    text: 'Peer Support Specialist\nNorth End Clinic - $19/hr\n\nDuties\n- Lead recovery groups\n\nSupervision\nYou will be supervised by a Peer Supervisor with lived experience.\n\nQualifications\n- High school diploma\n- State certification',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
]);
