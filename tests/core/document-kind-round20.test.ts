// Twentieth round of documents for the document kind (session 15), from shapes met in an opened
// blind set (blind27), rewritten in our own words: a job board's menu line that opens with the
// board's name ("JobHub   Search jobs   Salaries   Sign in") is chrome, not the page's title; a
// job named by the people it stands beside whose name has no job head ("Parent Ally") is a peer
// job where the text names their kind of lived experience, and a colleague named inside a
// sentence ("the assigned caseworker") is not the job; "Our Outreach Workers are peers" says the
// job is a peer one; a state plan amendment for a peer service (billing units, a fee schedule) is a
// document. Trap: a job board menu above a counselor's posting, which read as a document before this
// round (the menu's "Salaries" taken for the title); the coach's posting passed and is a guard.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    "a job board's menu line above a recovery coach posting",
    'JobHub   Search jobs   Salaries   Sign in\n\nRecovery Coach - Hospital Team\nBridgeway Recovery Partners | $22 - $24 / hr | Part-time\n\nMeet people in the emergency room after an overdose and share your own recovery story.\n\nRequirements\n- Personal experience of recovery from addiction\n\nApply now',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'trap: the same menu above a counselor posting',
    'JobHub   Search jobs   Salaries   Sign in\n\nSubstance Use Counselor\nBridgeway Clinic | $58,000 a year\n\nProvide individual and group therapy to adults in outpatient treatment.\n\nRequirements\n- LADC license\n\nApply now',
    'non-peer-posting',
    null,
  ],
  [
    'a parent ally, a parent who went through the system preferred',
    'PARENT ALLY - REUNIFICATION TEAM\nNorthfield Parent Network\n\nNorthfield Parent Network is hiring Parent Allies to walk with parents of children in foster care.\n\nDuties include:\n- Meeting parents soon after their children are placed\n- Going with parents to meetings with the assigned caseworker when they ask\n\nRequirements:\n- Having been through the child welfare system yourself as a parent is a plus\n\nPay: $20/hour.',
    'peer-posting',
    'parent-caregiver',
  ],
  [
    'outreach workers who are peers',
    'Outreach Worker\nOpen Door Youth Shelter | $21/hr\n\nOur Outreach Workers are peers: young people who slept on these streets not long ago.\n\n- Walk the downtown route and hand out food and supplies\n- Tell your own story where it helps\n\nApply now',
    'peer-posting',
    'youth',
  ],
  [
    'a state plan amendment for a peer service',
    'STATE PLAN AMENDMENT 27-003\nRehabilitative Services: Peer Support\n\nService Definition\nA certified peer gives this service to eligible members living with mental illness.\n\nProvider Qualifications\nThe peer says they are in recovery and holds state certification.\n\nLimitations\nPeer support may not be billed for transportation or clerical tasks.\n\nReimbursement\nPayment follows the fee schedule, billed per 15 minute unit.',
    'document',
    null,
  ],
];

describeKindRound('twentieth', cases);
