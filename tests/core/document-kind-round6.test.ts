// Sixth round of documents for the document kind (session 11): shapes met in an opened blind set
// (blind7), each rewritten here in our own words with traps. A news story with a byline that
// closes with a hiring line and the pay; a course page whose "What you will learn" is no duties
// section and whose closing offer sends the reader to the full posting; a café's post whose pay
// line ends "+ tips"; a terse recovery center post that names a recovery coach course and its
// supervisor on lines of their own; a team's page whose bullets wrap onto lines that open in
// lower case; a paragraph hard-wrapped at forty characters.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    'a news story with a byline, closing with a hiring line and the pay',
    'Peer coaches join the night shift at Lakeside General\n\nBy Ana Ruiz, Staff Writer\n\nLAKESIDE - When someone arrives at the emergency room after an overdose, a recovery coach may be the first to sit with them. "I tell them what worked for me," said coach Ray Dunn, who has been in recovery for nine years.\n\nThe hospital says the program has doubled the number of patients who accept follow-up care. It is hiring two more coaches at $21 an hour; people in recovery are encouraged to apply through its careers page.',
    'document',
    null,
  ],
  [
    'a course page whose closing offer points to the full posting',
    'Family Foundations Course\nOffered by Riverside Family Alliance\n\nA free eight-week course for parents, partners and siblings of adults living with a mental health condition, taught by family members who have been there.\n\nWhat you will learn\n- How to talk with your loved one when things are tense\n- How to plan for a crisis\n- How to look after yourself\n\nJoin our team\nWe are hiring a part-time Family Peer Specialist to co-teach the course. Applicants must have lived experience as a family member of an adult with a mental health condition. See our website for the full job description.',
    'document',
    null,
  ],
  [
    'trap: a family peer posting whose full description is also on the careers page',
    'Family Peer Specialist\nRiverside Family Alliance | part-time | $21 an hour\n\nCo-teach our family education course and lead a monthly support group for relatives of adults with a mental health condition.\n\nApplicants must have lived experience as a family member of an adult with a mental health condition.\n\nThe full job description is on our careers page; apply there by March 1.',
    'peer-posting',
    'family',
  ],
  [
    'trap: "You will:" heads the duties of a posting',
    'Peer Support Specialist\nHillside Clinic | $19 an hour | full time\n\nYou will:\n- Meet adults after a hospital stay and help them plan their week\n- Lead a wellness group\n\nRequirements\n- Lived experience of recovery from a mental health condition',
    'peer-posting',
    'adult-mental-health',
  ],
  [
    'a café job whose pay line ends in "+ tips"',
    'Line Cook\nGood Grounds Café  ·  Durham, NC  ·  Part-time  ·  $16/hr + tips\n\nWe are a recovery-friendly workplace: no alcohol at staff events and free counseling through our employee assistance program.\n\nWhat you will do\n- Prep vegetables and cook breakfast to order\n- Keep your station clean\n\nEOE',
    'non-peer-posting',
    null,
  ],
  [
    'a terse recovery center post naming a coach course and the supervisor on lines of their own',
    'NOW HIRING - Eastside Recovery Community Center\n\n- FT, M-F\n- $18/hr + benefits\n- Must have your own lived experience of recovery from addiction\n- CCAR Recovery Coach Academy or we will train you\n- Comfortable sharing your story\n\nWhat you would do:\n- one-on-one recovery coaching\n- run all-recovery meetings\n- connect members to housing, jobs and mutual aid\n\nSupervisor = our Director of Recovery Services\nEmail your resume to jobs at eastsiderecovery dot org. EOE.',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'a counselor posting whose wrapped bullet names peer workers on a line of its own',
    'Alcohol and Drug Counsellor - Community Team\nRiverbend Health  |  Geelong VIC\nFull-time  |  $44.80 per hour\n\nKey responsibilities\n- Complete alcohol and drug assessments and develop care plans with clients\n- Support clients to link with mutual help groups and with\n  our lived experience peer workers\n- Facilitate education groups\n\nRiverbend Health is an equal opportunity employer.',
    'non-peer-posting',
    null,
  ],
];

describeKindRound("round 6: pages with a job offer's words, and pages wrapped short", cases);
