// Ninth round of postings written for the role category (expected categories written before the
// first run), after the fixes of the rounds before it: class specifications, job-board copy with
// its buttons, hospital and harm-reduction settings, families of adults, psychiatric
// rehabilitation. First run: 10 of 10.
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'SENIOR PEER SUPPORT SPECIALIST\nClass Code 4523 | Salary: $4,600 - $5,600 monthly\n\nDEFINITION\nUnder general supervision, performs advanced peer support work with adults and older adults with serious mental illness and co-occurring substance use disorders.\n\nMINIMUM QUALIFICATIONS\nTwo years of experience as a peer support specialist; lived experience of recovery.',
    'general-peer',
  ],
  [
    'Peer Support Specialist - Crisis Residential\nApply on company site · Save\nCalm Harbor Services · Eastport · $22 an hour\n\nThe Peer Support Specialist offers support to guests staying at our crisis residential program during a mental health crisis, helping them rest, talk things through and plan their return home.\n\nRequirements\n- Lived experience of mental health recovery\n\nBenefits\n- Health insurance, paid time off\n\nCalm Harbor is an equal opportunity employer and welcomes veterans and people with disabilities.',
    'adult-mental-health',
  ],
  [
    'Recovery Coach - Maternity Services\nLakeview Hospital | $23 an hour\n\nThe Recovery Coach supports pregnant and postpartum patients who use alcohol or drugs, meeting them on the maternity unit and staying in touch after they go home.\n\nRequired: lived experience of recovery from substance use; experience as a parent is welcome.',
    'substance-use-recovery',
  ],
  [
    'Peer Mentor - Reentry Program\nNew Start Alliance | $19.50 an hour\n\nThe Peer Mentor supports people leaving state prison during their first year home, helping them with IDs, housing, work and family relationships.\n\nLived experience of incarceration required.',
    'general-peer',
  ],
  [
    'Family Peer Advocate - Early Psychosis Program\n$21 an hour\n\nThe Family Peer Advocate supports families of adults in our first-episode psychosis program, helping relatives understand psychosis and treatment and care for themselves.\n\nMust have lived experience as the relative of an adult who experienced psychosis.',
    'family',
  ],
  [
    'Youth Peer Advocate\nBright Path Youth Services | $19 an hour | Full-time\n\nThe Youth Peer Advocate supports youth ages 14 to 21 in our community-based program, helping them speak up for themselves and reach their own goals.\n\nQualifications\n- Ages 18 to 28 with lived experience of youth mental health or juvenile justice services\n\nBenefits\n- Health insurance and an employee assistance program for you and your family\n\nWe are an equal opportunity employer.',
    'youth',
  ],
  [
    'Warm Line Specialist\nStatewide Peer Network | $18 an hour, evenings\n\nThe Warm Line Specialist answers calls from anyone in the state who wants to talk with a peer, listening and sharing hope.\n\nRequired: lived experience of mental health challenges and recovery.',
    'adult-mental-health',
  ],
  [
    'Peer Recovery Specialist - Drop-In Center\n$19 an hour\n\nThe Peer Recovery Specialist welcomes people who use drugs to our harm reduction drop-in center, offers supplies and naloxone, and helps people get to care when they want it.\n\nLived experience of drug use required.',
    'substance-use-recovery',
  ],
  [
    'Certified Peer Specialist - Medication Assisted Treatment Clinic\n$20 an hour\n\nThe Certified Peer Specialist supports patients receiving medication assisted treatment at our clinic, helping them set recovery goals and find housing and work.\n\nLived experience of recovery required.',
    'substance-use-recovery',
  ],
  [
    'Peer Specialist - Psychiatric Rehabilitation Program\n$19.75 an hour\n\nThe Peer Specialist works in our psychiatric rehabilitation program, helping adults build daily living, social and work skills they choose.\n\nLived experience of recovery required.',
    'adult-mental-health',
  ],
];

describeCategoryRound('ninth', cases);
