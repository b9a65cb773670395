// Round 44 (session 12): shapes met in an opened blind set (blind11), rewritten in our own words.
// Observation rounds for nursing staff, adding interventions to a master treatment plan,
// transporting children, psychosocial interventions, working with probation to monitor people,
// reporting truancy and a cleaning checklist are duties a peer role does not hold. Guards: a
// parent "whose children were removed" describes the parent; a job board's "Drug test: Yes"
// field is about the applicant.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('44', {
  conflicting: [
    'Help the nurses with 30-minute observation rounds on the unit.',
    'Adds goals and interventions to the master treatment plan for each resident.',
    'Transports children between school and the day program.',
    'Delivers brief psychosocial interventions to people on the ward.',
    'Works with parole officers to monitor curfew and attendance.',
    'Tracks attendance and reports truancy to the school office.',
    'Completes the nightly cleaning checklist for the kitchen and lounge.',
  ],
  fitting: [
    'Mentor parents whose children were removed by the child welfare agency as they work toward reunification.',
    'Offer psychosocial support and practical help when people ask for it.',
    'Help young people talk with their probation officer when they ask.',
    'Drug test: Yes',
  ],
});
