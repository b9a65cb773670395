// Duties written fresh (thirty-sixth round), labeled before running; first run: 10/12 conflicting found,
// 1/12 fitting alarmed (moving up a phase decided on, "when" right after the job's verb opening its
// object; a running tally of chore completions and missed curfews; the outreach van read as driving as the job).
// Then missed, read since session 9: a phase move behind "is ready to", also after "the one who decides".
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('thirty-sixth', {
  conflicting: [
    'Ensures the house stays dry by doing random breath tests.',
    'Performs intake screenings to determine program eligibility and level of care.',
    'Hold the house keys, lock the medication cabinet and give out PRNs as directed.',
    'Calls the parole office when a resident leaves without signing out.',
    "Keeps a running tally of each resident's chore completions and missed curfews.",
    'Runs the 4 pm to midnight shift at the front desk, checking IDs and signing visitors in.',
    'Takes the lead on the treatment plan updates for every client on the caseload.',
    'Wipes down tables and mops the dining hall after each meal service.',
    'Sits one-to-one with patients on constant observation.',
    'Gathers collateral information from family members for the psychiatric evaluation.',
    "Serves as the primary driver for the agency's medical transport program.",
    'Decides when residents move up a phase.',
    'Keeps a tally of missed curfews.',
    // read since session 9: "decides when" takes the clause after it as its object
    'Decides when a resident is ready to move up a phase.',
    // read since session 9: after "be the one who", the verb is the job's
    "You'll be the one who decides when a resident is ready to move up a phase.",
  ],
  fitting: [
    'Helps residents who want to stay dry find sober activities at night.',
    'Celebrates with residents when they move up a phase.',
    'Explains how intake works to people who are thinking about coming in.',
    'Keeps the peer office tidy and locks it at the end of the day.',
    'Helps residents call their parole officer when they want support making the call.',
    'Keeps a running tally of their own outreach contacts.',
    'Welcomes visitors to the peer-run drop-in and shows them around.',
    "Brings the person's own goals into treatment plan updates, at their request.",
    'Shares a meal with residents in the dining hall.',
    'Spends time with patients who would like company.',
    'Talks with family members who want to learn about peer support.',
    'Drives the outreach van to meet people at encampments as part of outreach shifts.',
  ],
});
