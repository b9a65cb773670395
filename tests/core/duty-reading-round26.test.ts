// Duties written fresh (twenty-sixth round), labeled before running; first run: 9/9 conflicting found, 1/9 fitting alarmed
// (a named duty whose own words name the person's request: "participants who ask").
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('twenty-sixth', {
  conflicting: [
    'Conducts hourly bed checks on the overnight shift.',
    'Notifies the drug court coordinator when a participant misses a session.',
    'Carries out observed urine collections for male participants.',
    'Counts and signs for controlled medications at shift change.',
    'Completes the PHQ-9 and GAD-7 with new referrals.',
    'Searches bags and coats of visitors and residents on entry to the hostel.',
    'Confiscates vapes, lighters and other banned items found in bedrooms.',
    'Mops floors, empties bins and cleans the toilets in the drop-in centre.',
    'Delivers cognitive behavioural therapy sessions to clients on the waiting list.',
  ],
  fitting: [
    "Checks in with residents at the start of each shift to see how they're doing.",
    'Helps drug court participants prepare to speak for themselves at their review hearings.',
    'Explains what to expect from a urine test to participants who ask.',
    'Helps members keep track of their own medications using a pill organiser they choose.',
    'Shares information about free mental health apps with new referrals.',
    'Helps residents unpack and settle into their bedrooms when they arrive.',
    'Supports people to bring their own goals to the treatment planning meeting.',
    'Sets up chairs and refreshments for peer support groups.',
    'Offers a listening ear when residents come back upset after a room search by staff.',
  ],
});
