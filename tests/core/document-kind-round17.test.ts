// Seventeenth round of documents for the document kind (session 15), from a shape met in an opened
// blind set (blind23), rewritten in our own words: a classified ad's title says the job is needed
// ("House Manager Needed - ..."); the job it names is a house manager's, which asks a year of
// sobriety and is still another job. Trap: a peer job needed is a peer job.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    'a house manager needed for a sober home',
    "House Manager Needed - Women's Recovery Home\n\nFree room and a $600 monthly stipend. Collect rent, keep the house stocked, call repairs in to the landlord.\n\nMust have two years sober and be home most nights. Call or text us.",
    'non-peer-posting',
    null,
  ],
  [
    'trap: a peer specialist needed',
    'Peer Specialist Needed - Drop-In Center\n\n$19 an hour, part-time. Greet members, lead a weekly wellness group and tell your recovery story where it helps.\n\nMust have lived experience of mental health recovery. Call or text us.',
    'peer-posting',
    'adult-mental-health',
  ],
];

describeKindRound('seventeenth', cases);
