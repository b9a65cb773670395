// Twenty-seventh round of fresh short postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a prose qualifications paragraph, an either/or across bullets, a
// recovery-time label, a summary that requires it, with traps (a training on using lived experience, a
// family therapist, a certification page's sobriety label).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('twenty-seventh', [
  {
    name: 'Qualifications paragraph in prose, must be in recovery and a family member counts',
    text: 'Peer Recovery Advocate\nBayview Recovery Services - $19/hr\n\nQualifications\nCandidates must be in recovery from a substance use disorder or be a family member of someone in recovery, and must complete the state training within a year.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Requirements with an either-or across two bullets and a preferred line',
    text: 'Peer Specialist\nCanyon County Behavioral Health - $18/hr\n\nRequirements\n- Lived experience as a recipient of mental health services, or\n- Two years of experience in a consumer-operated program\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'time in recovery label with months, under Requirements, in a table-like line',
    text: "Recovery Coach\nNorthern Lights Recovery - $18/hr\n\nRequirements\nRecovery time: 18 months minimum\nEducation: High school diploma or GED\nDriver's license: required",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience in a Summary paragraph that says the position requires it',
    text: 'Peer Support Specialist\nSagebrush Counseling - $17/hr\n\nSummary\nThis position requires lived experience with mental illness and recovery. The Peer Support Specialist helps members build skills and connect with the community.\n\nDuties\n- Lead groups\n- Support members in their goals',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: peer posting, lived experience only in the list of trainings the job gives',
    text: 'Peer Support Specialist\nSagebrush Counseling - $17/hr\n\nDuties\n- Lead groups\n- Attend training on using lived experience in peer work\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'trap: clinician job with a preference for family experience stays non-peer',
    text: 'Family Therapist\nOakridge Family Clinic - $70,000\n\nProvide family therapy to children and parents.\n\nQualifications\n- LMFT license\n- Personal experience as a parent of a child with mental health needs is a plus',
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: certification page listing a time in recovery label',
    text: 'Recovery Coach Certification Requirements\n\nEligibility\nSobriety: 2 years\nTraining: 46 hours\nSupervised hours: 500\n\nHow to apply\nDownload the application and mail it with your fee.',
    kind: 'about-peer-work',
  },
  {
    name: 'specific from caregiver words: caring for a family member with a mental illness, preferred',
    text: 'Family Peer Specialist\nCaring Families Alliance - $18/hr\n\nQualifications\n- High school diploma\n- Experience caring for a family member with a mental illness preferred',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
]);
