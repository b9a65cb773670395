// Tenth round of postings written for the role category (expected categories written before the
// first run), aimed at the readings the earlier rounds added: families met in the sentence that
// says whom the job serves without being served with the people, that sentence after an opening
// that names no one, an agency's "individuals and families", a population named in the
// employer's name. First run: 7 of 8 ("Our coaches support individuals with substance use
// disorders, and their families" under the title "Recovery Coach" was not read as naming the job).
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'Peer Support Specialist\nCedar Community Services | $20 an hour\n\nAt Cedar we serve adults living with mental illness and addiction across the valley.\n\nAs a Peer Support Specialist you will help adults with serious mental illness find housing and build the life they want.\n\nLived experience of mental health recovery required.',
    'adult-mental-health',
  ],
  [
    'Peer Support Specialist - Outpatient\n$21 an hour\n\nThe Peer Support Specialist supports adults living with mental illness, working closely with their families when the person asks for that.\n\nLived experience of mental health recovery required.',
    'adult-mental-health',
  ],
  [
    'Peer Support Specialist\n\nPosition Summary\nThis is a full-time position in our outpatient clinic, $45,000 a year. The Peer Support Specialist supports adults with mental illness and their families as they move through treatment.\n\nQualifications\n- Lived experience of mental health recovery',
    'general-peer',
  ],
  [
    'Recovery Coach\n$19.50 an hour, full-time\n\nOur coaches support individuals with substance use disorders, and their families, through every stage of recovery. The Recovery Coach leads groups and meets people one-on-one.\n\nLived experience of recovery required.',
    'general-peer',
  ],
  [
    'Transition Age Youth Peer Specialist\n$20 an hour\n\nThe Transition Age Youth Peer Specialist supports young adults ages 18 to 25 and their families in our early intervention program.\n\nMust be 18 to 27 with lived experience of mental health services as a young person.',
    'youth',
  ],
  [
    'Recovery Coach - Opioid Recovery Services\nRiverside Recovery | $20 an hour\n\nRiverside Recovery has served individuals and families since 1980. The Recovery Coach supports people in early recovery from opioid use as they start treatment and build a life in recovery.\n\nTwo years of recovery required.',
    'substance-use-recovery',
  ],
  [
    'Peer Support Specialist\n$21 an hour, full-time\n\nSummary\nProvides peer support to adults and their support networks in our community mental health program.\n\nLived experience of mental health recovery required.',
    'general-peer',
  ],
  [
    'Peer Support Specialist\nDepartment of Veterans Affairs - Lakeside Medical Center | GS-6 | Full-time\n\nThe Peer Support Specialist serves veterans living with serious mental illness in our psychosocial rehabilitation and recovery center, leading groups and helping veterans reach their own goals.\n\nMust be a veteran in recovery from a mental health condition.',
    'adult-mental-health',
  ],
];

describeCategoryRound('tenth', cases);
