// Nineteenth round of documents for the document kind (session 15), from a shape met in an opened
// blind set (blind26), rewritten in our own words: a state's Medicaid definition of a peer service
// (who is eligible, what is covered and what is not, who may provide it) names the peer's
// qualifications but offers no job. Trap: a posting that names its billable service once.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    'a Medicaid service definition',
    'CHAPTER 9  PEER RECOVERY SUPPORT\n\n9.1 Definition\nPeer recovery support is a service given by a certified peer in long-term recovery from addiction.\n\n9.2 Eligible Members\nAdults enrolled in the plan with a substance use disorder.\n\n9.3 Covered Activities\nSharing recovery experience, help with a recovery plan the member writes, and linking to mutual aid.\n\n9.4 Non-Covered Activities\nTransportation, therapy and case management are not reimbursable under this service.\n\n9.5 Provider Qualifications\nPeers must hold state certification and receive monthly supervision.',
    'document',
    null,
  ],
  [
    'trap: a posting that names its billable service once',
    'Peer Recovery Coach\nHarbor Clinic | $22 an hour, full-time\n\nDuties\n- Meet people in the hospital ER after an overdose and walk with them into recovery they choose\n- Document billable services the same day\n\nQualifications\n- Lived experience of recovery from addiction\n\nApply online.',
    'peer-posting',
    'substance-use-recovery',
  ],
];

describeKindRound('nineteenth', cases);
