// Forty-third round of fresh postings for the lived-experience judgment (see
// lived-experience-rounds.ts): a provider manual's staff qualification, a recovery ministry, a
// veteran peer, a harm-reduction invitation, a successful applicant who is a family member, a
// Nice to have list, a title that says it is required, a warm line whose operators are all peers,
// a summary's definition of the role, a screening question on years in recovery, and a trap on
// a clinical supervisor's posting. A UK posting with an essential requirement in brackets reads
// as a page about peer work: it is kept in lived-experience-kind-misses.test.ts.
import { describeLivedExperienceRound } from './lived-experience-rounds.js';

describeLivedExperienceRound('forty-third', [
  {
    name: "provider manual: staff qualification opens with 'A self-identified consumer'",
    text: 'Peer Support Provider\nGreen Valley Behavioral Health - $17.50/hr\n\nStaff Qualifications\nA self-identified current or former consumer of mental health services who has completed the state peer support training.\n\nDuties\n- Meet members in the community',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'recovery ministry: active in a 12-step fellowship, three years sober',
    text: 'Recovery Mentor\nNew Life Church Recovery Ministry - $16/hr, 20 hrs\n\nRequirements\n- Active in a 12-step fellowship with a sponsor\n- At least three years sober\n- Heart for people who are struggling',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'veteran peer: applicants must be a veteran in recovery from a mental health condition',
    text: 'Peer Support Specialist (Veteran)\nVeterans Wellness Alliance - $21/hr\n\nApplicants must be a veteran who is in recovery from a mental health condition and able to share that story with other veterans.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    // Labeled a peer posting, preferred, before the run; read as another job. Relabeled: a
    // "Participant Advocate" is not a peer title, and a preference for lived experience does not
    // make a job peer work (the same text under a peer title follows, after the fixes).
    name: 'harm reduction: people who use or used drugs strongly encouraged to apply',
    text: "Participant Advocate\nSafe Harbor Harm Reduction - $19/hr\n\nHand out supplies, train people on naloxone and connect participants to care.\n\nPeople who currently or formerly use drugs are strongly encouraged to apply; current drug use is not a barrier to employment.\n\nRequirements\n- Driver's license",
    kind: 'non-peer-posting',
    le: 'absent',
  },
  {
    name: 'the same under a peer title: people who currently or formerly use drugs encouraged to apply (after the fixes)',
    text: "Peer Participant Advocate\nSafe Harbor Harm Reduction - $19/hr\n\nHand out supplies, train people on naloxone and connect participants to care.\n\nPeople who currently or formerly use drugs are strongly encouraged to apply; current drug use is not a barrier to employment.\n\nRequirements\n- Driver's license",
    kind: 'peer-posting',
    le: 'preferred',
    specific: true,
  },
  {
    name: 'the successful applicant will be a family member of an adult with serious mental illness',
    text: 'Family Peer Specialist\nCounty Mental Health Association - $19/hr\n\nThe successful applicant will be a family member of an adult living with serious mental illness and will support other families through the system.',
    kind: 'peer-posting',
    le: 'required',
    specific: true,
  },
  {
    name: 'lived experience in a Nice to have list',
    text: 'Peer Navigator\nUrban Health Collective - $20/hr\n\nMust have\n- High school diploma\n- Bilingual English and Spanish\n\nNice to have\n- Lived experience with the immigration system or with mental health recovery',
    kind: 'peer-posting',
    le: 'preferred',
  },
  {
    name: 'the title says lived experience is required',
    text: 'Peer Specialist (Lived Experience Required)\nRiver Valley Services - $18/hr\n\nDuties\n- Co-lead recovery groups\n- Help members reach their goals\n\nQualifications\n- High school diploma',
    kind: 'peer-posting',
    le: 'required',
    specific: false,
  },
  {
    name: 'trap: a clinical supervisor who supervises peer specialists with lived experience',
    text: "Clinical Supervisor - Peer Services\nSummit Behavioral Health - $72,000\n\nRequirements\n- LCSW or LPC license\n- Three years' experience supervising peer specialists with lived experience\n- Master's degree",
    kind: 'non-peer-posting',
    le: 'absent',
  },
  {
    // Labeled required before the run; relabeled to the team's convention: a sentence that says
    // what the job holders are, without a word that asks it ("must"), describes the role as the
    // summary's "A Peer Support Specialist is a person with lived experience who ..." does.
    name: 'warm line: all operators are peers who have lived with mental health challenges',
    text: 'Warm Line Peer Operator\nCommunity Access Line - $17/hr, evenings\n\nAll operators are peers: people who have lived with mental health challenges themselves. You will answer calls from people who want someone to talk to.\n\nRequirements\n- High school diploma\n- Complete our 40-hour training',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: true,
  },
  {
    name: 'summary defines the role as a person with lived experience, qualifications ask nothing of it',
    text: 'Peer Support Specialist\nHillcrest Health System\n\nPosition Summary\nThe Peer Support Specialist is a person with lived experience who uses their recovery to support patients in our clinics.\n\nQualifications\n- High school diploma or GED\n- Certified Peer Specialist\n\nPay: $19.25/hr',
    kind: 'peer-posting',
    le: 'mentioned',
    specific: false,
  },
  {
    name: 'screening question: how many years have you been in recovery',
    text: 'Recovery Coach\nBeacon Recovery Center - $18/hr\n\nDuties\n- Support people after detox\n\nApplication Questions\n- How many years have you been in recovery?\n- Do you have reliable transportation?',
    kind: 'peer-posting',
    le: 'required',
  },
  {
    name: 'trap (after the fixes): an adverb set aside does not make the people served the applicant',
    text: 'Peer Support Specialist\nSafe Harbor - $19/hr\n\nDuties\n- Support people who currently or formerly used drugs\n\nRequirements\n- High school diploma\n- Peer certification',
    kind: 'peer-posting',
    le: 'absent',
  },
]);
