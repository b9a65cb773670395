// Forty-seventh round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts), each read by who the sentence is about and how it is said rather
// than by a phrase: a label answered Yes, a class specification's "Incumbents ... are persons
// who", the applicant as the subject of "will have", "the ideal candidate is a person in ...",
// "welcome" said of lived experience with no verb, a question followed by "this could be the job
// for you", "one of many backgrounds we value", abstinence asked on a requirements line, and
// people with lived experience described as the agency's members. Traps keep the same words
// where they ask nothing of the applicant.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('forty-seventh', [
  {
    name: 'a key-value block: Lived experience: Yes',
    text: 'Position: Peer Support Specialist\nOrganization: Valley Crisis Center\nPay: $19/hr\nSchedule: Full time, days\nLived experience: Yes\nCertification: Within 12 months of hire',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'trap: a training labelled Yes is not lived experience asked',
    text: 'Peer Specialist\nHill Clinic - $18/hr\n\nLived experience training: Yes, provided in the first month.\n\nQualifications\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'class specification: incumbents in this class are persons who self-identify',
    text: 'PEER SUPPORT SPECIALIST I\nCounty of Alder - Behavioral Health Department\nSalary range: $3,900 - $4,750 monthly\n\nDEFINITION\nUnder general supervision, provides peer support to adults receiving county mental health services. Incumbents in this class are persons who self-identify as having lived experience of a mental health condition and of recovery.\n\nMINIMUM QUALIFICATIONS\nEducation: Graduation from high school or GED.\nLicense: Possession of a valid driver license may be required.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: the post holder supports people with lived experience',
    text: 'Peer Specialist\nHill Clinic - $18/hr\n\nThe post holder will support people with lived experience of mental illness on our wards.\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'UK: you will have lived experience of using mental health services',
    text: 'Lived Experience Peer Worker\nNorthfield Recovery Partnership\nSalary: £22,000 - £24,000\n\nYou will have lived experience of using mental health services and be able to draw on it to support others.\nYou will have good IT skills and a full driving licence.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: you will have the chance to draw on your lived experience',
    text: 'Peer Specialist\nHill Clinic - $18/hr\n\nYou will have the chance to draw on your lived experience of recovery every day.\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'trap: if you have lived experience, tell us in your cover letter',
    text: 'Peer Specialist\nHill Clinic - $18/hr\n\nIf you have lived experience of recovery, tell us about it in your cover letter.\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'the ideal candidate is a person in long-term recovery',
    text: 'Recovery Coach\nNorth Star Treatment - $19/hr\n\nThe ideal candidate is a person in long-term recovery who is comfortable in a hospital setting.\n\nRequirements\n- CRC certification\n- High school diploma',
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'the successful applicant will be someone in recovery',
    text: 'Recovery Coach\nHill Clinic - $18/hr\n\nThe successful applicant will be someone in recovery from alcohol or drugs.\n\nDuties\n- Run groups',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience of recovery welcome, under Requirements',
    text: 'Peer Support Specialist\nWillow Creek Center - $18/hr\n\nSupport adults in our outpatient program with goal setting, groups and connection to community resources.\n\nRequirements\n- High school diploma\n- Peer certification\n- Lived experience of recovery welcome',
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'lived experience welcome but not required, with no verb',
    text: 'Peer Support Specialist\nOakview Center - $18/hr\n\nQualifications\n- High school diploma\n- Peer certification\n- Lived experience welcome but not required',
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'trap: welcome visitors (a duty with its object) and share your lived experience',
    text: 'Peer Support Specialist\nHill Clinic - $18/hr\n\nDuties\n- Welcome visitors and share your lived experience of recovery when it helps\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'an administrative assistant whose requirements welcome lived experience is not a peer job',
    text: "Administrative Assistant – Peer Services Division\nCommonwealth Recovery Network | Full-time | $19/hr\nThe Administrative Assistant supports the Peer Services Division: scheduling trainings, keeping peer staff certification records, processing timesheets and answering the division's phone line.\nRequirements: two years of office experience; proficiency in Microsoft Office. Lived experience of recovery welcome.\nApply at commonwealthrecovery.org/jobs\n",
    kind: 'non-peer-posting',
  },
  {
    name: 'a question followed by: this could be the job for you',
    text: 'Peer Support Specialist\nRiverside Wellness - $19/hr\n\nAre you someone who has lived with a mental health condition? This could be the job for you.\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'a question followed by: put that experience to work',
    text: 'Peer Support Specialist\nHarmony Health - $19/hr\n\nHave you walked the road of recovery from a mental health condition? Put that experience to work for others.\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap: a question followed by a sentence about the program',
    text: 'Peer Support Specialist\nHarmony Health - $19/hr\n\nAre you in recovery from a mental health condition? Many of our members are too.\n\nQualifications\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'one of many backgrounds we value, after the qualifications',
    text: 'Peer Wellness Coach\nBrightside Collective - $19/hr\n\nQualifications\n- High school diploma\n- Two years of customer service\n\nLived experience with mental illness is one of many backgrounds we value on our team.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'abstinent from alcohol and other drugs for a year, on a requirements line',
    text: 'Recovery Coach (part time)\nNew Dawn Recovery Community - $18/hr\n\nMinimum requirements:\n* Abstinent from alcohol and other drugs for at least 12 months\n* Completed recovery coach training or willing to complete it within 90 days',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: participants stay abstinent from alcohol, in the duties',
    text: 'Recovery Coach\nNew Dawn Recovery Community - $18/hr\n\nDuties\n- Help participants who want to stay abstinent from alcohol plan their weekends\n\nRequirements\n- High school diploma\n- Recovery coach training',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'preference for those personally affected by opioid use',
    text: 'Peer Recovery Navigator\nTri-County Opioid Response - $21/hr\n\nRequirements\n- High school diploma\n- Peer recovery certification within six months\n\nPreference will be given to candidates who have been personally affected by opioid use.',
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'members have lived experience, the requirements ask nothing',
    text: 'Peer Support Specialist\nCedar House Clubhouse - $17/hr\n\nPeople with lived experience of serious mental illness are the heart of Cedar House; members and staff work side by side.\n\nRequirements\n- High school diploma\n- Peer certification or willing to obtain',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'people with lived experience as a requirements bullet still asks',
    text: 'Peer Specialist\nHill Clinic - $18/hr\n\nQualifications\n- People with lived experience of psychosis\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'people with lived experience encouraged to apply still prefers',
    text: 'Peer Specialist\nHill Clinic - $18/hr\n\nPeople with lived experience of psychosis are encouraged to apply.\n\nQualifications\n- High school diploma',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
]);
