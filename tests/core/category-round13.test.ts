// Thirteenth round of postings for the role category (session 14), from a shape met in an opened
// blind set (blind21), rewritten in our own words: "behavioral health and substance use" names
// both conditions, so the job is general peer work. A drug-free workplace speaks of the employee,
// not of the people the agency serves.
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'Peer Navigator - Emergency Department\nRiverside General Hospital | $48,000 a year\n\nPeer Navigators meet patients in the emergency department who come in with behavioral health and substance use needs, and help them connect with care after discharge.\n\nQualifications\n- High school diploma',
    'general-peer',
  ],
  [
    'Peer Support Specialist\nCedar Clinic | $19 an hour\n\nCedar Clinic serves adults living with depression, anxiety and bipolar disorder. The Peer Support Specialist runs wellness groups and meets members one on one.\n\nCedar Clinic is a drug-free workplace; alcohol use at work leads to dismissal.',
    'adult-mental-health',
  ],
];

describeCategoryRound('thirteenth', cases);
