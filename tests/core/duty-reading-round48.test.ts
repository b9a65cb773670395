// Round 48 (session 13): shapes met in an opened blind set (blind16), rewritten in our own words.
// Observing medication ingestion; written reports to a supervising parole agent; tracking
// people's appointment attendance for the medical team. Guard: a diagnosis the applicant must
// have is no duty of diagnosing.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('48', {
  conflicting: [
    'Deliver and observe daily medication ingestion for assigned participants.',
    'Submits written reports to the supervising parole agent each month.',
    'Maintain a list of 40 patients and track their appointment attendance for the medical team.',
  ],
  fitting: [
    'Applicants must have a primary diagnosis of a mental health condition to be considered.',
    'Reports to the supervising peer specialist.',
    'Talk with people about their medications, if they want that help.',
  ],
});
