// Fifteenth round of documents for the document kind (session 14), from a shape met in an opened
// blind set (blind19), rewritten in our own words: a recovery community's program page, titled by
// the community, whose last section says it hires, with the pay, and sends the reader to its
// careers page; a call for a training course with a completion stipend. Trap: a posting whose employer
// line names a recovery community.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    "a recovery community's page on its coaching, with a hiring note and its pay",
    "# Peer Coaching at Maple Street Recovery Community\n\nAnyone in our neighborhood can meet with a peer coach at no cost. Every coach here is a person in long-term recovery, and every plan belongs to the person who makes it.\n\n## Ways coaches help\n- Talking through the week ahead over coffee\n- Going along to a first meeting or a first appointment\n- Sorting out bus passes, paperwork and phone bills\n\n## Our promise\nCoaching stays between you and your coach. Coaches never testify or report to the court about the people they walk with.\n\n## Join us\nWe're hiring! Maple Street needs a part-time peer coach ($19/hr). You must be in recovery yourself. See our careers page.",
    'document',
    null,
  ],
  [
    'trap: a posting whose employer line names a recovery community',
    'Peer Recovery Coach\nMaple Street Recovery Community\n$19 an hour, part-time\n\nWe are hiring a peer recovery coach to meet people at our center and in the hospital.\n\nRequirements\n- Lived experience of recovery from a substance use disorder',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'a call for a peer training with a completion stipend',
    'Recovery Coach Academy - Winter Cohort\nApplications due January 9\n\nThe Lakeshore Recovery Alliance offers a free 60-hour course for people in recovery who want to work as recovery coaches. Sessions run on Saturdays for eight weeks.\n\nEveryone who finishes receives a $400 completion stipend.\n\nHow to apply: fill out the form on our website.',
    'document',
    null,
  ],
];

describeKindRound('round 15', cases);
