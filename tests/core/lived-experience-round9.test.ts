// Ninth round of fresh postings for the lived-experience judgment (see lived-experience-rounds.ts):
// the agency's own peer staff, strong invitations, sobriety as the requirement, a label after a
// second-person line, alternatives across lines, and the type in everyday words.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('ninth', [
  {
    name: "the agency's peer specialists draw on their own journeys, nothing asked of the applicant",
    text: 'Peer Support Specialist\nMaple Street Wellness Center - $19/hr\n\nAbout us\nOur peer specialists draw on their own journeys to walk alongside members.\n\nDuties\n- Lead wellness groups\n- Help members set recovery goals\n\nQualifications\n- High school diploma or GED\n- State peer certification within a year',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'many of our coaches have loved someone through addiction',
    text: "Family Recovery Coach\nBridges Family Services - $20/hr\n\nMany of our coaches have loved someone through addiction, and they know how lonely it can feel.\n\nWhat you'll do\n- Meet parents and partners of people using substances\n- Run a weekly family support group\n\nRequirements\n- High school diploma\n- Reliable transportation",
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'our team is made up of people who have been there',
    text: 'Recovery Coach\nSecond Wind Recovery Community - $18/hr\n\nOur team is made up of people who have been there. We meet people where they are.\n\nResponsibilities\n- Staff the drop-in center\n- Drive members to appointments\n\nMust have\n- GED or diploma\n- Valid license',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'people in recovery are strongly encouraged to apply',
    text: 'Peer Recovery Specialist\nHilltop Treatment Center - $19.25/hr\n\nDuties\n- Support patients in the residential unit\n- Lead recovery groups\n\nQualifications\n- High school diploma or GED\n- Certified Peer Recovery Specialist or willing to obtain\n\nPeople in recovery from substance use are strongly encouraged to apply.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'we give extra weight to applicants with lived experience',
    text: 'Peer Specialist\nNorth County Behavioral Health - $40,000/yr\n\nResponsibilities\n- Help clients build wellness plans\n- Co-facilitate groups\n\nQualifications\n- High school diploma\n- Peer specialist certification\n\nWe give extra weight to applicants with lived experience of mental health recovery.',
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'priority to applicants who are themselves in recovery',
    text: 'Recovery Support Specialist\nCity Recovery Hub - $18.50/hr\n\nSupport adults in early recovery from opioid use.\n\nQualifications\n- High school diploma\n- Recovery coach training\n\nPriority will be given to applicants who are themselves in recovery.',
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'must be clean and sober under requirements',
    text: 'Recovery House Peer Mentor\nNew Leaf Residences - $16/hr\n\nDuties\n- Mentor residents and lead house meetings\n\nRequirements\n- Must be clean and sober\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'actively working your own program of recovery',
    text: 'Peer Recovery Coach\nHarbor Light Recovery - $19/hr\n\nWhat we need from you\n- Actively working your own program of recovery\n- CPRS or willing to certify within 6 months\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'in stable recovery from substance use, under requirements',
    text: "Peer Navigator\nEastgate Health - $21/hr\n\nRequirements\n- In stable recovery from substance use\n- Valid driver's license\n- High school diploma",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'you personally dealt with challenges, with (Required) after',
    text: 'Peer Support Specialist\nLakeside Counseling - $19/hr\n\nWhat you bring\n- You have personally dealt with mental health or substance use challenges (Required)\n- A high school diploma (Required)\n- Bilingual Spanish (Preferred)',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'your own history of mental health challenges, this one is a must',
    text: 'Peer Specialist\nOpen Arms Clinic - $18/hr\n\nAbout you\nYour own history of mental health challenges and recovery. This one is a must.\nA GED or high school diploma.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'personal experience of recovery OR two years in a recovery organization on the next bullet',
    text: 'Recovery Coach\nUnity Recovery Center - $18/hr\n\nQualifications\n- Personal experience of recovery from substance use\n- OR two years working in a recovery community organization\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'lived experience or, in place of that, professional experience',
    text: 'Peer Specialist\nValley Mental Health - $19/hr\n\nRequirements\n- Lived experience of mental illness or, in place of that, two years of professional experience in a mental health setting\n- High school diploma',
    kind: 'peer-posting',
    le: 'mentioned',
  },
  {
    name: 'been through addiction yourself',
    text: 'Recovery Coach\nFresh Start Recovery - $18/hr\n\nRequirements\n- Must have been through addiction yourself and be in recovery\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'your own struggles with drinking or drugs',
    text: "Peer Mentor\nCrossroads Men's Program - $17/hr\n\nQualifications\n- Personal experience with your own struggles with drinking or drugs is required\n- High school diploma",
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'raised a kid who had a hard time',
    text: 'Parent Partner\nKids First Collaborative - $20/hr\n\nRequirements\n- You must have raised a kid who had a hard time with school, behavior or emotions\n- Reliable transportation',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'grew up in foster care, required',
    text: 'Youth Peer Advocate\nFoster Youth Network - $19/hr\n\nRequirements\n- Must have grown up in foster care\n- Ages 18-26\n- High school diploma or GED',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'trap: a clinical job that encourages people in recovery to apply',
    text: 'Licensed Clinical Social Worker\nRiverbend Treatment Center - $68,000\n\nProvide individual and group therapy, complete assessments and treatment plans.\n\nRequirements\n- LCSW license\n- Two years of clinical experience\n\nPeople in recovery are encouraged to apply.',
    kind: 'non-peer-posting',
  },
  {
    name: 'trap: experience working with people in recovery on a peer posting',
    text: 'Peer Support Specialist\nSunrise Center - $18/hr\n\nDuties\n- Lead groups\n\nQualifications\n- Experience working with people in recovery from substance use\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
  {
    name: 'trap: an EEO statement welcoming people with disabilities',
    text: 'Peer Support Specialist\nGreenway Health - $19/hr\n\nDuties\n- Support members in reaching their wellness goals\n\nQualifications\n- High school diploma\n- Peer certification\n\nGreenway Health is an equal opportunity employer. We welcome applications from people with disabilities, veterans and people of all backgrounds.',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
