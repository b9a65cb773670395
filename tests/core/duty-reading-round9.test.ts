// Duties written fresh (ninth round) after the fixes of the eighth, before the code was run on
// them; many of the fitting lines use the same verbs as the conflicting ones.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('ninth', {
  conflicting: [
    'Runs the front desk on weekends.',
    'Provides shuttle service for residents between the shelter and the day center.',
    'Covers the nursing station phones overnight.',
    'Works the floor as a tech when census is high.',
    'Administers the ASQ to youth in the emergency department.',
    'Urine drug screen collection on admission.',
    'Shakedowns of resident rooms.',
    'Signs 72-hour hold paperwork as a witness.',
    'Maintains a caseload.',
    'Tells probation when someone misses a check-in.',
    "Keeps the treatment team updated on participants' sobriety.",
    "Goes to members' homes unannounced to check on them.",
    'Hands out evening meds.',
    'Drives the client van on the afternoon route.',
    'Faxes releases and records requests for the clinic.',
  ],
  fitting: [
    'Runs the weekly recovery group.',
    'Helps residents find shuttle schedules to get to work.',
    'Takes calls on the peer warmline.',
    'Works the peer support table at the county fair.',
    'Tells members about upcoming events.',
    'Joins members at their treatment team meetings when they invite you.',
    'Keeps your supervisor updated on your schedule and training.',
    "Brings members' suggestions to the program director.",
    'Gives members information about local AA and NA meetings.',
    'Sorts donated clothes for the free store with volunteers.',
    'Enters your own contact notes into the EHR.',
    'Covers the peer line when another peer is on break.',
    "The agency's nurses run the medication room; peers do not handle medications.",
    'Checks in with residents each morning to see how they are doing.',
    'Runs errands with members who want company.',
  ],
});
