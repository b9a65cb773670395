// Fourteenth round of postings for the role category (session 14), from a shape met in opened blind
// sets (blind21, blind22), rewritten in our own words: a peer job on a street outreach team whose
// people are those experiencing homelessness serves a population named by who they are, so it is
// general peer work, as for returning citizens and veterans. Trap: homelessness beside the
// condition that describes the people ("people experiencing homelessness and serious mental illness").
import { type CategoryCase, describeCategoryRound } from './category-rounds.js';

const cases: CategoryCase[] = [
  [
    'Peer Navigator - Street Outreach\nDowntown Community Clinic | $24 an hour\n\nThe Peer Navigator helps unhoused patients keep their appointments, get IDs and find shelter beds, and hands out naloxone and hygiene kits on outreach.\n\nQualifications\n- High school diploma',
    'general-peer',
  ],
  [
    'Peer Support Specialist - Housing Team\nMeridian Behavioral Health | $22 an hour\n\nThe Peer Support Specialist works with adults experiencing homelessness and serious mental illness, and helps them move into housing they choose.\n\nQualifications\n- Lived experience of mental health recovery',
    'adult-mental-health',
  ],
];

describeCategoryRound('fourteenth', cases);
