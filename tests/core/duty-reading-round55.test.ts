// Round 55 (session 15): shapes met in an opened blind set (blind26), rewritten in our own words.
// Urging people who refuse medication to accept it pushes compliance. Trap: supporting a
// person's own choice about medication.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('55', {
  conflicting: [
    'Encourages unwilling patients to accept their injections at the clinic.',
    'Urges non-compliant residents to accept meds before bed.',
  ],
  fitting: ['Supports each person in making their own choice about medication, and in talking it over with their prescriber.'],
});
