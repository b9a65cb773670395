// Sixteenth round of fresh postings for the lived-experience judgment (see lived-experience-rounds.ts).
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('sixteenth', [
  {
    name: 'most of our navigators have experienced homelessness',
    text: "Housing Peer Navigator\nSafe Harbor Coalition - $20/hr\n\nMost of our navigators have experienced homelessness themselves.\n\nDuties\n- Help guests apply for housing\n\nRequirements\n- High school diploma\n- Driver's license",
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'our youth advocates grew up in the system too',
    text: 'Youth Peer Advocate\nYouth Voice Project - $18/hr\n\nOur youth advocates grew up in foster care too, so young people trust them.\n\nWhat you will do\n- Mentor youth aging out of care\n\nRequirements\n- Ages 18-25\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'applicants with lived experience are given first consideration',
    text: 'Peer Specialist\nMeadowbrook Behavioral Health - $19/hr\n\nQualifications\n- High school diploma\n- Peer credential\n- Applicants with lived experience of mental illness are given first consideration',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'people who are in recovery are especially welcome to apply',
    text: 'Recovery Coach\nNew Roads Center - $18/hr\n\nResponsibilities\n- Lead recovery groups\n\nQualifications\n- High school diploma\n\nPeople who are in recovery from addiction are especially welcome to apply.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'must be in recovery and free from all mood-altering substances',
    text: 'Peer Recovery Support Specialist\nGreenleaf Residential - $17/hr\n\nRequirements\n- Must be in recovery and abstinent from alcohol and drugs for at least 1 year\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'you are working a recovery program (Required)',
    text: 'Recovery Mentor\nRoad Home Recovery - $17/hr\n\nAbout you\n- You are actively working a program of recovery (Required)\n- You have a GED or diploma (Required)',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'you have been a parent of a child in mental health services - must have',
    text: 'Parent Partner\nFamily Connections - $19/hr\n\nYou bring\n- You have parented a child who received mental health or special education services (must have)\n- Reliable transportation',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience or, instead, a degree',
    text: "Peer Navigator\nCity Health - $20/hr\n\nQualifications\n- Lived experience of recovery from substance use or, instead, an associate's degree in human services\n- Valid license",
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'been in and out of hospitals yourself',
    text: 'Peer Bridger\nHospital to Home Program - $20/hr\n\nRequirements\n- Personal experience of psychiatric hospitalization\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'someone who has had their own struggles with alcohol',
    text: "Recovery Coach\nSunrise Recovery - $18/hr\n\nWho we are looking for\nSomeone who has had their own struggles with alcohol or pills and is now in recovery. A GED and a driver's license.",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a crisis counselor job that encourages people in recovery to apply',
    text: "Crisis Counselor\n24/7 Crisis Line - $23/hr\n\nAnswer crisis calls, complete risk assessments, and dispatch mobile teams.\n\nRequirements\n- Bachelor's degree in a human services field\n- One year crisis experience\n\nWe encourage people with lived experience to apply.",
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: our staff are trained in trauma-informed care',
    text: 'Peer Support Specialist\nWellness Center - $18/hr\n\nOur staff are trained in trauma-informed care and motivational interviewing.\n\nQualifications\n- High school diploma\n- Peer credential',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: experience with people who have been homeless',
    text: 'Peer Outreach Specialist\nStreet Medicine - $19/hr\n\nQualifications\n- Experience with people who have been homeless or incarcerated\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
