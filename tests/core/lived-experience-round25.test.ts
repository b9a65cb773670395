// Twenty-fifth round of fresh short postings for the lived-experience judgment (see
// lived-experience-rounds.ts): parents and kinship caregivers, young adults, family of adults, 'Must:'
// as a heading, immigration, sobriety at hire, not-specific system experience, with traps (a
// certification FAQ, a counselor, a team that honors lived experience, a supervisor's own).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('twenty-fifth', [
  {
    name: 'parent/caregiver raising a child with special health care needs',
    text: "Parent Peer Navigator\nChildren's Health Alliance | $19/hr\n\nRequirements\n- Parent or caregiver with lived experience raising a child with special health care needs\n- High school diploma",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'kinship caregiver or foster parent',
    text: "Kinship Family Advocate\nGrandfamilies Network | $18/hr\n\nRequirements\n- Must be a kinship caregiver or foster parent who has cared for a child in the child welfare system\n- Valid driver's license",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'young adult with personal experience of homelessness',
    text: 'Youth Outreach Peer\nSafe Harbor Youth Shelter | $17/hr\n\nRequirements\n- Must be a young adult (18-24) with personal experience of homelessness\n- Able to work evenings',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'experience supporting a loved one through addiction',
    text: 'Family Recovery Coach\nHope Families Project | $18/hr\n\nQualifications\n- Experience supporting a loved one through addiction\n- Recovery coach training within 6 months',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: state FAQ page asking whether lived experience is needed',
    text: 'Peer Certification FAQ\n\nDo I need lived experience to become a certified peer specialist?\nYes. Applicants must self-identify as having lived experience of a mental health or substance use condition.\n\nHow long does certification take?\nMost people finish the training and exam within four months.',
    kind: 'about-peer-work',
  },
  {
    name: 'trap: counselor posting welcoming people in recovery',
    text: 'Certified Alcohol and Drug Counselor\nRiverside Treatment | $52,000\n\nProvide individual and group counseling and complete treatment plans.\n\nRequirements\n- CADC credential\n- Lived experience in recovery is welcome',
    kind: 'non-peer-posting',
  },
  {
    name: 'why join us: lived experience is honored',
    text: "Peer Support Specialist\nSequoia Services | $18/hr\n\nWhy join us\nYou'll work on a team where lived experience is honored.\n\nRequirements\n- High school diploma\n- State peer certification",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'the supervisor has lived experience',
    text: 'Peer Support Specialist\nMaplewood Clinic | $18/hr\n\nSupervision\nYou will be supervised by our Director of Peer Services, who has lived experience herself.\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'lived experience of immigration and mental health',
    text: 'Community Peer Specialist (Spanish-speaking)\nPuente Community Health | $20/hr\n\nRequirements\n- Fluent in Spanish and English\n- Lived experience of immigration and of mental health challenges',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: '1 year of continuous sobriety at time of hire',
    text: 'Peer Recovery Coach\nFresh Roots Recovery | $17/hr\n\nRequirements\n- Must have at least 1 year of continuous sobriety at time of hire\n- CRC within 12 months',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience with the behavioral health system is not specific',
    text: 'Peer Support Specialist\nGranite State Services | $18/hr\n\nRequirements\n- Lived experience with the behavioral health system\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'consumer of mental health services or family member',
    text: 'Peer Specialist\nLincoln County Behavioral Health | $17/hr\n\nRequirements\n- Personal experience as a consumer of mental health services or as a family member of one\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Must: bullets with 1+ year in recovery from addiction',
    text: 'Recovery Coach\nPhoenix Rising Sober House | $16/hr\n\nMust:\n- be 21+\n- be in recovery from addiction for 1+ year\n- have a car',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
]);
