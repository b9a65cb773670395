// Duties written fresh (thirty-third round), labeled before running; first run: 5/12 conflicting found,
// 0/12 fitting alarmed (line of sight and coverage in the milieu; attendance slips checked; positives
// discussed with the judge; serving as payee; watching the monitors; privileges only for those in good
// standing; a bullet's first word the parse reads as a plural noun, "Reviews ... and recommends consequences").
// Then missed, read since session 9: "bus passes", whose last word read as an applicant passing a test.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('thirty-third', {
  conflicting: [
    'Completes biopsychosocial assessments and updates the problem list.',
    'Provides coverage in the milieu, maintaining line of sight on all patients.',
    'Responsible for confirming that each resident attended their required meetings by checking signed attendance slips.',
    "Logs each participant's meeting attendance in the court's case management system.",
    "Retrieves participants' toxicology results and discusses any positives with the judge.",
    'Will serve as payee for clients who cannot manage their own funds.',
    'Facilitates DBT skills groups as co-therapist with the program clinician.',
    "Watches the monitors in the nurses' station during the overnight.",
    'Takes vitals and weights on new residents.',
    'Reviews incident reports and recommends consequences to the program manager.',
    "Checks residents' pockets and shoes when they come back from an outing.",
    'Reviews incident reports and recommends consequences.',
    'Gives meal tickets only to residents who are in good standing.',
    // read since session 9: a bare "passes" no longer reads as an applicant passing a test
    'Issues bus passes and meal tickets only to residents who are in good standing.',
  ],
  fitting: [
    'Co-facilitates recovery support groups with another peer.',
    'Logs your own hours and peer contacts in the timesheet system.',
    'Helps participants ask the nurse to explain their test results, if they want.',
    'Helps clients open a bank account and set up a budget they choose.',
    'Watches a film with members on movie night at the clubhouse.',
    'Helps residents get bus passes and apply for meal programs.',
    'Completes an incident report if they witness an injury at work.',
    'Takes part in staff meetings to share the peer perspective.',
    'Sits with residents in the milieu and plays cards with anyone who wants to join.',
    'Checks the group room is set up before peer group.',
    'Reviews the week with each mentee and celebrates what went well.',
    'Confirms appointment times with members who asked for a reminder call.',
  ],
});
