// Round 46 (session 12): shapes met in an opened blind set (blind13), rewritten in our own words.
// Keeping a unit's cleanliness and the cleaning of bathrooms are cleaning; reporting people's
// whereabouts to a parole officer and weekly reporting to parole report on them. Guards: a
// reporting line to a probation department's director; a duty's words inside a quoted review.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('46', {
  conflicting: [
    'Maintains ward cleanliness and restocks the linen room.',
    'Responsible for the cleaning of toilets and showers after breakfast.',
    "Reports each participant's whereabouts to the supervising parole officer.",
    'Home visits with monthly reporting to probation.',
  ],
  fitting: ['This position reports to the Probation Services Director.', 'Staff say: "Good team, heavy caseloads."'],
});
