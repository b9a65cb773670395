// Round 41 (session 11): shapes met in an opened blind set (blind7), rewritten in our own words.
// "Our outpatient team provides counseling ..." is the agency describing its services, not a
// duty; a request "by the hospital's counsel" or "by their doctor" is no wish of the person, so
// testifying at a commitment hearing or driving people stays a duty; a wish of the person still
// silences it.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('41', {
  conflicting: [
    "Attend civil commitment hearings and testify about the family's concerns when asked by the hospital's counsel.",
    "Testify at commitment hearings when asked by the county's attorney.",
    'Drive members to appointments when asked by their doctor.',
  ],
  fitting: [
    'Our outpatient team provides counseling and psychiatric care to adults and teens.',
    'Our clinicians offer therapy; peers offer support from their own recovery.',
    'Go with members to court hearings when they ask you to.',
  ],
});
