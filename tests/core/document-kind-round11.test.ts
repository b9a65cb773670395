// Eleventh round of documents for the document kind (session 12): shapes met in an opened blind
// set (blind12), rewritten in our own words. A credential's page (what it is for, a passing score,
// "Renew | Verify a credential"); a drop-in center's page titled by the place, whose team "is
// supervised by" its lead and which closes with a one-line offer; an applicant-tracking page
// whose "Similar Jobs" row names other jobs; a "Recovery Support Specialist" at a treatment
// center; a reentry peer mentor whose mentors "have been justice-involved themselves"; a housing
// support worker that welcomes applicants with lived experience but does no peer work. Traps for each.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    "a credential's page",
    'Certified Family Peer Specialist | State Peer Credentialing Board\n\nThe credential is for family members who have supported a loved one through mental health or substance use challenges and use that experience to help other families.\n\nRequirements\n- Lived experience as a family member\n- 40 hours of approved training\n- A passing score on the written exam\n\nApply | Renew | Verify a credential',
    'document',
    null,
  ],
  [
    'trap: a posting that asks for the credential',
    'Certified Family Peer Specialist\nLakeside Family Services | $20 an hour | Full-time\n\nSupport families of adults in our outpatient program.\n\nRequirements\n- Lived experience as a family member of an adult with a mental health condition\n- The state family peer credential, or the ability to earn it in a year\n\nApply online.',
    'peer-posting',
    'family',
  ],
  [
    "a drop-in center's page titled by the place, closing with a one-line offer",
    "Riverside Youth Peer Drop-In Center\n\nA place for young people ages 16 to 24 to eat, rest, do homework and talk with youth peer staff who have been through the same systems.\n\nWho we are\nOur peer staff are supervised by our Youth Program Lead, who started here as a participant.\n\nHours\nWeekdays noon to 7 pm.\n\nWe're hiring: a part-time Youth Peer Specialist, 18 to 26, with your own experience of the systems we work with. Ask any staff member.",
    'document',
    null,
  ],
  [
    'an applicant-tracking page whose similar-jobs row names other jobs',
    'Careers at Northfield Health\nSearch jobs | Sign in\n\nPeer Recovery Coach - Emergency Department\nJob ID: R-1042  Location: Northfield, MI  Schedule: Full time\n\nPosition Overview\nThe coach meets patients in the emergency department after an overdose and offers support from someone who has been there.\n\nQualifications\n- Lived experience of recovery from a substance use disorder (required)\n\nCompensation: $20 - $24 per hour.\n\nSimilar Jobs\nCommunity Health Worker | Medical Assistant | Behavioral Health Consultant',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    'a recovery support specialist at a treatment center',
    'Recovery Support Specialist\nClearview Treatment Centers - Macon, GA\n$17 an hour - Full-time\n\nResponsibilities\n- Support patients in our outpatient program\n- Help patients with housing and benefits\n- Co-lead psychoeducation groups',
    'peer-posting',
    'general-peer',
  ],
  [
    'trap: a recovery support specialist at a disaster recovery center',
    'Recovery Support Specialist\nLakeside Disaster Recovery Center\n$22 an hour - Full-time\n\nResponsibilities\n- Help households hit by the flood apply for aid\n- Enter case notes',
    'non-peer-posting',
    null,
  ],
  [
    'a reentry peer mentor whose mentors have been justice-involved',
    'Reentry Peer Mentor\nOpen Gate Works | $37,000 a year\n\nWe help people coming home from prison find housing and work. Many of our mentors have been justice-involved themselves.\n\nResponsibilities\n- Meet participants at release and help them with IDs and housing applications\n- Lead our weekly circle\n\nApply at opengate.example/jobs',
    'peer-posting',
    'general-peer',
  ],
  [
    'a housing support worker that welcomes applicants with lived experience and links tenants to services',
    'Support Worker - Supported Housing\nEastgate Housing Association | £24,000 a year | 37.5 hours\n\nAbout the role\nYou will hold a caseload of eight tenants, write support plans with them, manage their tenancy and link them with community services.\n\nEssential\n- Experience of working with people with mental health needs\n\nWe particularly welcome applications from people with lived experience of mental ill health.',
    'non-peer-posting',
    null,
  ],
  [
    "trap: the same invitation beside sharing one's own story",
    "Support Worker - Peer Team\nEastgate Housing Association | £24,000 a year | 37.5 hours\n\nAbout the role\nYou will spend time with tenants, share your own story of recovery where it helps, and offer mutual support in our tenants' group.\n\nWe particularly welcome applications from people with lived experience of mental ill health.",
    'peer-posting',
    'adult-mental-health',
  ],
];

describeKindRound('round 11: credentials, places, ATS pages, treatment centers and invitations', cases);
