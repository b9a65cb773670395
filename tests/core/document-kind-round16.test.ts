// Sixteenth round of documents for the document kind (session 14), from shapes met in opened blind
// sets (blind18, blind22), rewritten in our own words: a hospital's slides to its board proposing peer
// jobs (with their pay and supervision) are a presentation, not a posting; a manager's posting that
// asks for a clinician and "familiarity with" the state's peer credential is another job. Trap: a
// posting that asks for the credential itself. A certification board's page titled "... - How to
// Apply" tells how to get the credential; a posting's "How to Apply" section is no title. A hiring
// banner alone on the first line ("NOW ACCEPTING APPLICATIONS", blind21) is not the page's title.
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
    'Program Manager, Peer Services\nHarborview Counseling | $88,000 - $99,000\n\nHarborview is seeking a licensed therapist to run its department of ten certified peer counselors.\n\nRequirements\n- LICSW or LMHC license\n- Familiarity with the Oregon Certified Peer Support Specialist credential',
    'non-peer-posting',
    null,
  ],
  [
    'trap: a navigator posting that asks for the credential itself',
    'Community Navigator\nHarborview Counseling | $23 an hour\n\nHelp adults leaving the hospital connect with housing, benefits and the supports they choose.\n\nRequirements\n- Certified Peer Support Specialist credential required',
    'peer-posting',
    'general-peer',
  ],
  [
    "a certification board's page on applying for the credential",
    'Certified Family Peer Specialist (CFPS) - How to Apply\nState Board for Peer Credentials\n\nStep 1: Check that you qualify. You must be a parent or caregiver of a child who has received services.\nStep 2: Finish 40 hours of training.\nStep 3: Complete 300 hours of supervised experience.\nStep 4: Send your application and the $100 fee.',
    'document',
    null,
  ],
  [
    'trap: a posting with a section headed How to Apply',
    "Family Peer Specialist\nLakeside Children's Services | $21 an hour\n\nWalk beside parents whose children receive mental health services, and run a parent group.\n\nRequirements\n- Parent or caregiver of a child who has received services\n\nHow to Apply\nSend your resume to jobs@lakeside.example.",
    'peer-posting',
    'parent-caregiver',
  ],
  [
    'a training call under a hiring banner',
    'NOW ACCEPTING APPLICATIONS\nRecovery Coach Core Training - Fall Cohort\nOffered by the River Valley Peer Institute\n\nThis 60-hour course prepares people in recovery to work as recovery coaches. Sessions run two evenings a week.\n\nHow to apply: fill out the short form by September 1. Participants who finish receive a $300 stipend.',
    'document',
    null,
  ],
  [
    'trap: a posting under a hiring banner',
    "WE'RE HIRING!\nPeer Support Specialist\nRiver Valley Wellness | $20 an hour | Full-time\n\nMeet adults one on one, lead a weekly group and help people reach the goals they choose.\n\nRequirements\n- Lived experience of mental health recovery",
    'peer-posting',
    'adult-mental-health',
  ],
];

describeKindRound('round 16: slides to a board, a manager who knows the credential', cases);
