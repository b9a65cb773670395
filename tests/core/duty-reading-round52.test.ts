// Round 52 (session 14): traps met in an opened blind set (blind20), rewritten in our own words:
// holding peer mentoring sessions is no hold of a person; adults "given diagnoses of" a condition
// are the people served, not a diagnosing duty; documenting one's own interactions with patients
// is documenting one's services. The duties these words stand beside still count.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('52', {
  conflicting: [
    'Physically hold residents who refuse to return to their rooms.',
    'Diagnoses co-occurring disorders at intake.',
    'Document resident behavior on the shift log for the nurse.',
  ],
  fitting: [
    "You'll hold peer mentoring sessions, run recovery groups and help people build connections with mutual aid.",
    'The team serves adults who have been given diagnoses of serious mental illness.',
    'Documents patient interactions in the electronic record the same day.',
  ],
});
