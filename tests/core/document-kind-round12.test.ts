// Twelfth round of documents for the document kind (session 12): shapes met in an opened blind
// set (blind13), rewritten in our own words. A certification board's page whose site menu and
// breadcrumb trail come before its heading ("How to become a ..."); a recovery community's
// coaching page that closes by pointing to its careers page for two part-time coaches; a family
// support specialist serving relatives of adults. Traps: a posting under a breadcrumb trail.
import { describeKindRound, type KindCase } from './document-kind-rounds.js';

const cases: KindCase[] = [
  [
    "a certification board's page under its menu and breadcrumb trail",
    'Home | About | Credentials | News | Contact | Donate\nLakeshore Peer Certification Board\nHome > Credentials > Certified Recovery Coach > How to Apply\nHow to become a Certified Recovery Coach\n\nStep 1: Check that you are eligible. You must be 18 or older and self-identify as a person in recovery.\nStep 2: Complete 46 hours of approved training.\nStep 3: Pass the exam.\n\nApplication fee: $100. Renew every two years.',
    'document',
    null,
  ],
  [
    'trap: a posting under a breadcrumb trail',
    'Home > Careers > Open Positions > Recovery Coach\nRecovery Coach\nLakeshore Recovery Center | Part-time | $19 an hour\n\nWalk beside people early in recovery from alcohol and drugs, and share your own story when it helps.\n\nRequirements\n- Personal experience of recovery from substance use\n\nApply online.',
    'peer-posting',
    'substance-use-recovery',
  ],
  [
    "a recovery community's coaching page that points to its careers page",
    "# Recovery Coaching at Hillside Recovery Community\n\n## What is a recovery coach?\nA recovery coach is someone in recovery who walks with you as you build the life you want.\n\n## How do I start?\nDrop in any weekday or call our warm line.\n\n*We're hiring!* Hillside is looking for two part-time recovery coaches with their own recovery experience. See our Careers page.",
    'document',
    null,
  ],
  [
    'a family support specialist serving relatives of adults',
    'Family Support Specialist - Adult Services\nMeadow Ridge Behavioral Health | $20 an hour\n\nSupport family members whose adult loved ones live with serious mental illness: listen, explain how services work and run a monthly family group.\n\nRequirements\n- Lived experience as a family member of an adult with a mental health condition',
    'peer-posting',
    'family',
  ],
];

describeKindRound('round 12: breadcrumbs, careers pointers and family support specialists', cases);
