// Sixth round of postings written for the role category (expected categories written before the
// first run): families served in crisis, residents' families in passing, co-occurring programs,
// detox and jail settings, school families, older adults in recovery, applicants invited by who
// they are. First run: 12 of 14 ("co-occurring disorders" was no cue; families named in a second
// clause of the sentence, "and leads a family night for participants and their families", read as
// served together).
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'Peer Support Specialist - Mobile Crisis\n$23 an hour, 12-hour shifts\n\nThe Peer Support Specialist rides with our mobile crisis team and provides support to individuals and families experiencing a mental health crisis in their homes and in the community.\n\nLived experience of mental health recovery is required.',
    'general-peer',
  ],
  [
    'Peer Specialist - Residential Program\n$19.50 an hour\n\nThe Peer Specialist helps adults in our residential program prepare to return to the community. Staff work closely with residents and their families on plans for discharge.\n\nLived experience of mental health recovery required.',
    'adult-mental-health',
  ],
  [
    'Recovery Coach - Co-Occurring Program\n$20 an hour\n\nThe Recovery Coach supports adults with co-occurring disorders in our integrated outpatient program, helping them set goals for both parts of their recovery.\n\nLived experience of recovery required.',
    'general-peer',
  ],
  [
    'Peer Bridger - Withdrawal Management\n$21 an hour\n\nThe Peer Bridger meets people during their stay in our detox unit and stays with them through the first weeks after discharge, helping them get to outpatient treatment and recovery meetings.\n\nMust have two years of recovery from substance use.',
    'substance-use-recovery',
  ],
  [
    'Certified Peer Specialist - Health Home\n$20.25 an hour\n\nOur health home coordinates care for adults with serious mental illness or substance use disorders. The Certified Peer Specialist helps members set health goals and get to the care they choose.\n\nCertification and lived experience of recovery required.',
    'general-peer',
  ],
  [
    'Peer Recovery Specialist - County Jail MOUD Program\n$22 an hour\n\nThe Peer Recovery Specialist supports incarcerated people receiving medication for opioid use disorder in the county jail and helps them plan for treatment and housing after release.\n\nLived experience of recovery from opioid use required; lived experience of incarceration preferred.',
    'substance-use-recovery',
  ],
  [
    'Family Advocate - Student Services\nMaple Unified School District | $24 an hour\n\nThe Family Advocate supports parents and caregivers of students with emotional and behavioral needs, helping them take part in school meetings and find services for their child.\n\nMust be the parent or caregiver of a child who received special education or mental health services.',
    'parent-caregiver',
  ],
  [
    'Peer Recovery Specialist - Older Adults\n$20 an hour\n\nThe Peer Recovery Specialist supports adults over 55 in recovery from alcohol and prescription drug use, through home visits and a weekly recovery group.\n\nMust have at least two years of recovery from substance use.',
    'substance-use-recovery',
  ],
  [
    'Peer Wellness Specialist - Primary Care\n$21.50 an hour\n\nThe Peer Wellness Specialist supports primary care patients living with depression and anxiety alongside diabetes or heart disease, helping them set goals for their whole health.\n\nLived experience of mental health recovery required.',
    'adult-mental-health',
  ],
  [
    'Peer Navigator - Emergency Department\n$22 an hour, evenings\n\nThe Peer Navigator meets patients who come to the emergency department in a mental health or substance use crisis, and their families, and helps them connect with care after they leave.\n\nLived experience of recovery required.',
    'general-peer',
  ],
  [
    'Peer Support Specialist - Street Outreach\n$21 an hour\n\nThe Peer Support Specialist works with people experiencing homelessness who live with serious mental illness, helping them find housing and care they choose.\n\nLived experience of mental health recovery required. Veterans are encouraged to apply.',
    'adult-mental-health',
  ],
  [
    'Recovery Coach\nHopewell Outpatient | $19 an hour\n\nThe Recovery Coach supports people in recovery from substance use and their families through coaching and education.\n\nAt least one year of recovery required.',
    'general-peer',
  ],
  [
    'Peer Mentor - Adult Drug Court\n$20 an hour\n\nThe Peer Mentor supports adults in drug court as they work through treatment and court requirements, and leads a monthly family night for participants and their families.\n\nTwo years of recovery from addiction required.',
    'substance-use-recovery',
  ],
  [
    'Peer Specialist - First Episode Psychosis\n$46,000 a year\n\nThe Peer Specialist works with young people ages 15 to 30 who are experiencing a first episode of psychosis, helping them return to school and work.\n\nLived experience of recovery from psychosis as a young adult required.',
    'youth',
  ],
];

describeCategoryRound('sixth', cases);
