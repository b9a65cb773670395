// Forty-fourth round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a tribal health department, a collegiate recovery program's
// eligibility, a reentry post's opening ("If you've done time ..."), a peer bridger's personal
// history, welcome but not required, perinatal depression, an inline Preferred label, a youth
// partner who navigated systems, sustained recovery with a number in brackets, an Australian
// identified position, a confirmation by applying, and a trap on groups for people in recovery.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('forty-fourth', [
  {
    name: 'tribal health: must be in recovery for at least two years',
    text: 'Peer Recovery Support Specialist\nTribal Health Department - Behavioral Health\n$20.15/hr\n\nIndian Preference applies to enrolled tribal members.\n\nRequirements\n- Must be in recovery for at least two years\n- Valid driver license',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'collegiate recovery: students in recovery with a year of continuous recovery',
    text: 'Collegiate Recovery Peer Mentor (Student Position)\nState University Recovery Community - $14/hr\n\nEligibility\nStudents in recovery from substance use or other addictive behaviors who have at least one year of continuous recovery.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: "reentry opening: if you've done time and turned your life around, this job is for you",
    text: "Reentry Peer Mentor\nFresh Start Reentry Services - $18/hr\n\nIf you've done time and turned your life around, this job is for you. You'll meet men and women the week they come home and help them find housing and work.\n\nRequirements\n- Driver's license\n- High school diploma or GED",
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'peer bridger must have a personal history of psychiatric hospitalization',
    text: 'Peer Bridger\nMetro Mental Health Association - $19/hr\n\nThe Peer Bridger helps people leaving the state hospital settle in the community. The Peer Bridger must have a personal history of psychiatric hospitalization and be willing to talk about it.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience is welcome but not required',
    text: 'Peer Support Specialist\nOakwood Counseling - $18/hr\n\nQualifications\n- High school diploma\n- Peer certification\n- Lived experience is welcome but not required',
    kind: 'peer-posting',
    le: 'preferred',
    specific: false,
  },
  {
    name: 'perinatal peer: personal experience of perinatal depression or anxiety',
    text: 'Perinatal Peer Specialist\nMothers First Network - $21/hr\n\nRequirements\n- Personal experience of perinatal depression or anxiety\n- Comfort visiting families at home',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'an inline Preferred label on a line of its own',
    text: 'Peer Support Specialist\nPublic Behavioral Health Services - $17/hr\n\nMinimum: High school diploma and state peer training.\nPreferred: Lived experience as a person who has used public behavioral health services.',
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'youth partner: must be 18-25 and have navigated systems as a young person',
    text: 'Youth Peer Support Partner\nYouth Voices Network - $17/hr\n\nYou must be 18-25 and have navigated the mental health, juvenile justice or child welfare system as a young person.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'emergency department: a minimum of two (2) years of sustained recovery from SUD',
    text: 'ED Peer Recovery Coach\nMercy Hospital - $20/hr\n\nQualifications\n- Must have a minimum of two (2) years of sustained recovery from substance use disorder\n- Recovery coach certification',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'Australian identified lived experience position',
    text: 'Peer Worker - Identified Position\nBayside Mental Health Service\n$38.50 per hour\n\nThis is an identified lived experience position. Applicants must have a personal lived experience of mental health challenges and recovery.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'by applying you confirm you identify as a person with lived experience of mental illness',
    text: 'Peer Specialist\nRiverside Wellness - $18/hr\n\nBy applying, you confirm that you identify as a person with lived experience of mental illness.\n\nDuties\n- Lead wellness groups',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: experience facilitating groups for people in recovery',
    text: 'Peer Support Specialist\nBlue Sky Center - $18/hr\n\nRequirements\n- Experience facilitating groups for people in recovery\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'you have struggled with addiction yourself, under What you bring (after the fixes)',
    text: 'Recovery Coach\nHarbor Recovery - $18/hr\n\nWhat you bring\n- You have struggled with addiction and found your way to recovery\n- A valid driver license',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap (after the fixes): you have served veterans and worked in mental health',
    text: 'Peer Support Specialist\nHarbor Clinic - $18/hr\n\nRequirements\n- You have served veterans in a community setting\n- You have worked in mental health for a year\n- High school diploma',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap (after the fixes): by applying you confirm your availability, and lived experience is a plus',
    text: 'Peer Support Specialist\nHarbor Clinic - $18/hr\n\nBy applying, you confirm that you can work weekends.\n\nQualifications\n- High school diploma\n- Lived experience of mental health recovery is a plus',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'trap (after the fixes): experience leading groups with people in recovery from addiction',
    text: 'Recovery Coach\nHarbor Recovery - $18/hr\n\nQualifications\n- Experience leading groups with people in recovery from addiction\n- Recovery coach certificate',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
