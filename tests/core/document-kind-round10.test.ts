// Tenth round of documents for the document kind and category (session 12): shapes met in an
// opened blind set (blind11), rewritten in our own words. A posting hard-wrapped at forty
// characters, where a line that goes on from the one above ("... is hiring two" / "Peer Mentors
// to join our team") is no entry of a list of jobs; a school's peer support job for students
// with their ages is a youth job. Traps: a real list of openings; a school job naming no ages.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    'a posting wrapped by hand whose lines go on from the one above',
    'PEER MENTOR - SHELTER SERVICES\n(2 positions)\n\nHarbor Street Shelter is hiring two\nPeer Mentors to join our day program\nteam. Peer Mentors use their own\nexperience of homelessness and recovery\nto build trust with guests.\n\nRESPONSIBILITIES\n- Spend time with guests and help them\nwork toward the goals they choose\n- Share your own story when it helps\n\nREQUIREMENTS\n- Lived experience of homelessness\n(required)\n\nPay $19.50/hr. Supervised by the\nShelter Program Manager.',
    'peer-posting',
    'general-peer',
  ],
  [
    'trap: a page that lists its openings',
    'Current Openings\n\nPeer Support Specialist\nFull-time, $21 an hour, adult outpatient program.\n\nOutpatient Therapist\nFull-time, licensed clinician for our adult clinic.\n\nRecovery Coach\nPart-time, evenings, our substance use program.',
    'document',
    null,
  ],
  [
    "a school's peer support job for students with their ages",
    'Student Wellness Peer Support Specialist\nLakeview Unified School District | $26 an hour\n\nProvides peer support to students ages 14 to 21 who are dealing with mental health or substance use challenges, in the school wellness center.\n\nDuties\n- Meet with students one to one and in small groups\n- Share your own story of recovery when it helps\n\nMinimum qualifications\n- Your own experience of recovery as a young person',
    'peer-posting',
    'youth',
  ],
];

describeKindRound('round 10: wrapped lines and school peer jobs', cases);
