// Sixteenth round of documents for the document kind (session 14), from shapes met in an opened
// blind set (blind22), rewritten in our own words: a hospital's slides to its board proposing peer
// jobs (with their pay and supervision) are a presentation, not a posting; a manager's posting that
// asks for a clinician and "familiarity with" the state's peer credential is another job. Trap: a
// posting that asks for the credential itself.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    "slides to a hospital's board proposing peer jobs",
    'Slide 1\nPeer Support in Our Emergency Department\nPresentation to the Board of Trustees\n\nSlide 2\nWhat we propose\n- Three peer support specialists covering evenings and weekends\n- Hired for their lived experience of recovery, $23 an hour\n- Supervised by a peer supervisor\n\nSlide 3\nThe ask\n- Approve the pilot for one year',
    'document',
    null,
  ],
  [
    'a manager who must be a licensed clinician and know the peer credential',
    'Program Manager, Peer Services\nHarborview Counseling | $88,000 - $99,000\n\nHarborview is looking for a licensed clinician to manage our peer services team of ten certified peer counselors.\n\nRequirements\n- LICSW or LMHC license\n- Familiarity with the Oregon Certified Peer Support Specialist credential',
    'non-peer-posting',
    null,
  ],
  [
    'trap: a navigator posting that asks for the credential itself',
    'Community Navigator\nHarborview Counseling | $23 an hour\n\nHelp adults leaving the hospital connect with housing, benefits and the supports they choose.\n\nRequirements\n- Certified Peer Support Specialist credential required',
    'peer-posting',
    'general-peer',
  ],
];

describeKindRound('round 16: slides to a board, a manager who knows the credential', cases);
