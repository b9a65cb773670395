// Seventh round of documents for the document kind (session 11): a shape met in an opened blind
// set (blind8), rewritten in our own words. A job whose page says it is not a peer position is
// not one, even when it would like applicants with lived experience and works with the people
// served; a page that says the job is a peer position still makes it one.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    'an outreach job that says it is not a peer position',
    'Outreach Worker - Street Health Team\nHarbourside Community Society | Full-time | $26.40/hr\n\nAbout the role\nOur outreach team meets people sleeping outside and in shelters, offers supplies and helps them reach housing and care. This is not a peer position; our peer navigators work alongside the team.\n\nDuties\n- Walk the downtown core each morning and check on people we know\n- Help people apply for income assistance and housing\n\nLived experience of homelessness or substance use is an asset.',
    'non-peer-posting',
    null,
  ],
  [
    'trap: an outreach job that says it is a peer position',
    'Outreach Worker - Street Health Team\nHarbourside Community Society | Full-time | $26.40/hr\n\nAbout the role\nThis is a peer position: you will use your own experience of homelessness and recovery to build trust with people sleeping outside.\n\nDuties\n- Walk the downtown core each morning and check on people we know\n- Share what helped you when it is useful',
    'peer-posting',
    'general-peer',
  ],
];

describeKindRound('round 7: a page that says the job is not a peer position', cases);
