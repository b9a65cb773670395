// Round 56 (session 15): shapes met in an opened blind set (blind27), rewritten in our own words.
// Giving someone written updates on each parent ("provide the caseworker with updates on ..."),
// testifying at permanency hearings, handing test results to the house owner, helping a clinician
// with the treatment plan. Trap: helping people bring their own goals to their plan review.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('56', {
  conflicting: [
    "Provides the assigned caseworker with weekly updates on each parent's progress.",
    'Testifies at permanency hearings when subpoenaed.',
    'Give positive UA results to the house owner the same day.',
    'Helps the clinician with the treatment plan for each new patient.',
  ],
  fitting: ['Helps each person bring their own goals to the team when their plan is reviewed.'],
});
