// Duties written fresh (thirty-first round), labeled before running; first run: 10/12 conflicting
// found, 2/12 fitting alarmed (telling staff who didn't come home; counting sharps and cutlery; a count
// of how many people came read as watching them; gaps in services that members raise read as reporting on them).
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('thirty-first', {
  conflicting: [
    'Serves as the eyes and ears of the treatment team in the residence.',
    "Lets the program director know who didn't come home last night.",
    'Provides individual counselling using CBT and DBT techniques.',
    "Writes and updates each client's service plan goals and objectives.",
    "Checks that they've taken their meds before they leave for work.",
    'Conducts mental status exams on new admissions.',
    "Makes random unannounced visits to participants' homes to verify sobriety.",
    "Supervises the residents' phone time and collects phones at 10 pm.",
    'Counts the sharps and the cutlery at the end of every shift.',
    'Primary duty is driving: shuttles residents between the house, work sites and meetings all day.',
    "Testifies at revocation hearings about a participant's progress.",
    'Determines whether clients are eligible for detox admission using ASAM criteria.',
  ],
  fitting: [
    'Is a friendly presence in the residence that people can turn to.',
    'Lets the program director know about gaps in peer services that members raise.',
    'Shares coping skills from their own recovery in an informal way.',
    'Helps clients write their own recovery plan in their own words.',
    "Asks people how they're doing with their meds, if they want to talk about it.",
    'Helps new admissions feel welcome on their first day.',
    'Visits participants at home when they invite a peer.',
    'Helps residents set up a phone plan and get a cheap handset.',
    'Counts how many people came to each peer group for the monthly report.',
    'Drives to visit members in rural areas as part of outreach.',
    "Writes a letter of support for a participant's court hearing, at their request.",
    'Helps clients understand what ASAM criteria mean for their treatment options.',
  ],
});
