// Ninth round of documents for the document kind and category (session 12): shapes met in an
// opened blind set (blind10), rewritten in our own words. A page titled by a role in the plural
// ("Peer Support Workers | ... Trust") describes the work; a job board's short posting with no
// title that wishes for lived experience beside peer work is a peer job; a Canadian "Addictions
// Counsellor" is another job; a job board's "Similar jobs" and "People also searched" lines say
// nothing of whom the job serves. Each with a trap.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    'a page titled by the role in the plural, describing the work',
    'Peer Support Workers | Harbourside Health Trust\n\nPeer Support Workers are staff with their own experience of mental health difficulties, trained to use it to support people in our services.\n\nWhat they do\n- Spend time with people on the wards and at home\n- Help people plan their own recovery\n- Co-run courses at our Recovery College\n\nPeer Support Workers can progress to Senior Peer Support Worker (Band 5).\n\nWe advertise vacancies a few times a year.',
    'document',
    null,
  ],
  [
    'trap: the same trust posting one Peer Support Worker',
    'Peer Support Worker | Harbourside Health Trust\nBand 3 | £24,300 a year | 37.5 hours\n\nSupport people on our wards and at home, using your own experience of mental health difficulties.\n\nEssential\n- Personal lived experience of mental health difficulties and recovery\n\nApply online by the closing date.',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'a short job-board posting with no title, wishing for lived experience beside peer work',
    'Part-time | $18.50 an hour | Elm City\n\nOur small drop-in center needs someone kind and steady to spend time with adults who come in for company. Run the weekly support group, help people set their own goals, and go with people to housing appointments. Your own experience living with a mental health condition is a plus.\n\nJob Type: Part-time\n\nApplication Question(s):\n- Are you comfortable sharing parts of your own story when it helps?',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'trap: a Canadian addictions counsellor posting that values lived experience',
    'Addictions Counsellor\nLakehead Community Health - Thunder Bay, ON\n$33.10 - $38.40 per hour\n\nProvide assessment, individual counselling and relapse prevention groups to adults in our outpatient program, and refer clients to mutual aid groups.\n\nQualifications\n- Degree in social work or counselling and registration with a professional college\n\nLived experience of substance use and recovery is considered an asset.\n\nApply through our careers portal.',
    'non-peer-posting',
    null,
  ],
  [
    "a peer counselor posting followed by a job board's similar jobs: no population named",
    'Peer Counselor\nRidgeway Outpatient Services - Fresno, CA\n\nRidgeway is seeking a Peer Counselor for our day program. You will lead groups, meet one to one with people in the program, and share your own story of recovery.\n\nSalary: $22 - $26 per hour\n\nApply now   Save job\n\nPeople also searched: mental health jobs near me, part-time counseling jobs\n\nSimilar jobs\nMental Health Technician - Valley Hospital - $18 an hour\nYouth Counselor - Hillside Homes - Full-time',
    'peer-posting',
    'general-peer',
  ],
];

describeKindRound('round 9: plural titles, untitled job-board posts, counsellors and similar jobs', cases);
