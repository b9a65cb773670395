// Duties written fresh (thirty-fourth round: the guards of the role — request, own goals, crisis,
// one's own records, treatment-court support, applicant requirements, another doer — beside conflicting
// lines), labeled before running; first run: 9/12 conflicting found, 0/12 fitting alarmed (an officer
// kept "up to date" over four words; belongings searches; picking up and dropping off clients).
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('thirty-fourth', {
  conflicting: [
    'Completes urine drug screens for the Friday court docket.',
    'Keeps the supervising probation officer up to date on whether participants are following their conditions.',
    'Screens every new client for trauma using the PCL-5 and scores the results.',
    'Hands residents their morning meds at the med window and watches them swallow.',
    'Performs unit sweeps for contraband after visiting hours.',
    'Helps staff carry out belongings searches at admission.',
    'Assists the clinician in writing the individualized service plan.',
    'Does the weekly deep clean of the house kitchen and bathrooms.',
    'Covers the van route when the regular driver is off.',
    'Delivers brief counseling interventions using motivational interviewing to patients referred by the physician.',
    'Upon discharge, follows up with the court to report whether the participant completed treatment.',
    'Picks up and drops off clients for their methadone doses every day.',
  ],
  fitting: [
    "Supports participants in drug court to meet the requirements they've been given, on their terms.",
    'Offers peer support to people in crisis at the emergency department.',
    'Documents their own peer support services in the electronic health record.',
    'Must be able to pass a background check and drug screen.',
    'Peers do not conduct searches; security staff handle all searches at admission.',
    'Helps residents plan the meals they want to cook together.',
    'Uses their own recovery story to inspire hope.',
    'Follows up after discharge with people who agreed to a call.',
    'Helps participants work on goals they picked for their recovery plan.',
    'Connects residents to the nurse when they ask about their medications.',
    'Goes with clients to methadone appointments when they want company.',
    'Cleans up after their own peer group activities.',
    'Picks up members who ask for a lift to the recovery picnic.',
    'Keeps members in the loop about group changes.',
    'Helps residents pack their belongings when they move out.',
  ],
});
