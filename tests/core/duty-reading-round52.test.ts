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
    'Each week you hold peer mentoring sessions, lead recovery groups and help people connect with mutual aid.',
    'Our team works alongside adults who have been given diagnoses of a serious mental illness.',
    'Documents patient interactions in the electronic record the same day.',
  ],
});
