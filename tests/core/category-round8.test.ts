// Eighth round of postings written for the role category (expected categories written before the
// first run): the sentence that says whom the job serves against conditions named in the
// requirements and duties, families named by the agency or in a class definition. First run: 9 of
// 9.
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'Peer Support Specialist - Adult Outpatient Clinic\n$21 an hour\n\nThe Peer Support Specialist supports adults living with mental health conditions who receive care at our outpatient clinic, through groups and one-on-one meetings.\n\nQualifications\n- Lived experience of mental health or substance use recovery\n- Willingness to share your story',
    'adult-mental-health',
  ],
  [
    'Peer Support Specialist - Integrated Clinic\n$21 an hour\n\nThe Peer Support Specialist supports adults with mental health and substance use challenges who receive care at our integrated clinic.\n\nQualifications\n- Lived experience of mental health recovery',
    'general-peer',
  ],
  [
    'Peer Specialist\nRiverbend Health | $20 an hour\n\nThe Peer Specialist joins a team of nurses, counselors and case managers.\n\nDuties\n- Lead groups for people with mental health and substance use challenges\n- Help people set their own recovery goals\n\nLived experience of recovery required.',
    'general-peer',
  ],
  [
    'Recovery Coach - Wellness Center\n$19 an hour\n\nThe Recovery Coach supports people living with mental health conditions at our wellness center, helping them set goals and find community.\n\nRequirements\n- Lived experience of recovery from substance use or mental health challenges',
    'adult-mental-health',
  ],
  [
    'Parent Partner - Family Recovery Program\n$20 an hour\n\nThe Parent Partner supports parents in recovery from substance use who are working to reunify with their children, going with them to court and treatment when they ask.\n\nMust have lived experience as a parent in recovery who reunified with their children.',
    'parent-caregiver',
  ],
  [
    'Youth Peer Support Specialist\n$19 an hour\n\nThe Youth Peer Support Specialist supports young people ages 12 to 17 and their families in our school-based program.\n\nMust be 18 to 25 with lived experience of youth mental health services.',
    'youth',
  ],
  [
    'PEER SUPPORT SPECIALIST\nCounty Class Specification\n\nDEFINITION\nUnder supervision, provides peer support to individuals with substance use disorders and their families in county treatment programs.\n\nMINIMUM QUALIFICATIONS\nTwo years of recovery from substance use.',
    'general-peer',
  ],
  [
    'Peer Support Specialist - Supportive Housing\n$20 an hour\n\nOur agency serves individuals with mental illness and their families. The Peer Support Specialist supports adults in our supportive housing program as they settle into their homes and build community.\n\nLived experience of mental health recovery required.',
    'adult-mental-health',
  ],
  [
    'Certified Peer Specialist - Community Support Program\n$20.50 an hour\n\nThe Certified Peer Specialist supports adults with serious mental illness in our community support program.\n\nDuties\n- Meet with members one-on-one\n- Co-facilitate dual recovery groups for members who also use substances\n- Help members with housing and benefits\n\nLived experience of mental health recovery required.',
    'adult-mental-health',
  ],
];

describeCategoryRound('eighth', cases);
