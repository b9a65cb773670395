// Round 49 (session 14): shapes met in an opened blind set (blind19), rewritten in our own words.
// Home visits made whatever the person prefers; fetching groceries and household supplies as the
// job; prompting people to take medications as ordered. Guard: progress toward goals the person
// set is the person's, not someone watched ("toward" ends the object of "track").
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('49', {
  conflicting: [
    'Visits members at home each week, regardless of member preference.',
    "Keep contacting residents who leave the program regardless of the resident's wishes.",
    'Picks up groceries and household supplies for the house twice a week.',
    'Prompts residents to get up on time and take medications as ordered.',
  ],
  fitting: [
    'Tracks progress toward goals the member has chosen and looks at them together each week.',
    'Keeps track of progress towards the goals each resident sets for themselves.',
    'Help people pick up groceries when they ask for company at the store.',
    'Connect members who want to take medications as prescribed with a pharmacy that delivers.',
    'We welcome everyone regardless of their pathway to recovery.',
  ],
});
