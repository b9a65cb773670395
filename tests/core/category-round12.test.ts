// Twelfth round of postings for the role category (session 14), from shapes met in an opened blind
// set (blind19), rewritten in our own words: a peer job on a unit named by psychiatry serves people
// with mental health conditions; a civil-service bulletin's veterans' preference speaks of the
// applicants (an all-capitals heading with its plural possessive), not the people the job serves.
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'Peer Support Specialist - Inpatient\nUnit: 5 North Adult Psychiatry | $19 an hour\n\nThe Peer Support Specialist joins the unit team and leads daily groups.\n\nQualifications\n- High school diploma',
    'adult-mental-health',
  ],
  [
    "PEER RECOVERY SPECIALIST\nSalary: $41,000 - $52,000\n\nThe Peer Recovery Specialist meets people where they are, offers hope and links them to housing and mutual aid.\n\nMINIMUM QUALIFICATIONS\nHigh school diploma and personal experience of recovery from a substance use disorder.\n\nVETERANS' PREFERENCE\nEligible veterans may receive preference points; attach your DD-214.",
    'substance-use-recovery',
  ],
];

describeCategoryRound('twelfth', cases);
