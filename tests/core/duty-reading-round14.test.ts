// Duties written fresh (fourteenth round), before the code was run on them: British wording
// ("service users", "undertake observations"), idioms ("eyes and ears of the team"), passes and
// their approval, collateral calls, terse lists; fitting lines again near the same words.
import { describeDutyRound } from './duty-rounds.js';

const ukPosting = `Peer Support Worker
Harbourside Mental Health Trust – Acute Inpatient Ward
Band 3, £23,600 per annum, 37.5 hours

Main duties
• Use your own lived experience of mental ill health to offer hope to service users
• Undertake observations of service users as directed by the nurse in charge
• Carry out property searches on admission
• Support service users to attend ward rounds, if they want someone with them

Person specification
Essential: lived experience of mental health difficulties and recovery.`;

const tersePosting = `Recovery Support Specialist – Men's Residential
$17/hr | nights

What you'll do: groups, one-on-ones, UAs, med pass, van runs, curfew checks.

Need 1+ year of recovery.`;

describeDutyRound('fourteenth', {
  conflicting: [
    'Carry out random room searches alongside the duty manager.',
    'Undertake observations of service users as directed by the nurse in charge.',
    'Dispense methadone under the supervision of the pharmacist.',
    'Supervises youth during chore time and reports refusals to the shift lead.',
    'Is the eyes and ears of the treatment team on the residential floor.',
    'Relays any talk of using to the counselor.',
    "Signs off on residents' weekend passes.",
    'Grants or denies requests for overnight passes.',
    'Verifies employment and meeting attendance for residents on phase two.',
    'Writes discharge summaries and aftercare referrals.',
    'Scores the ACE questionnaire and enters it in the chart.',
    'Delivers brief interventions using SBIRT.',
    "Maintains the residents' medication log and pill counts.",
    'Does the grocery shopping and menu planning for the house.',
    'Handles intake phone screenings for the detox unit.',
    'Gives rides to and from the methadone clinic daily.',
    'Responsible for van maintenance and fueling.',
    'Vacuums, dusts and empties wastebaskets in all offices.',
    'Covers the overnight awake shift when the house manager is off.',
    "Conducts curfew calls to residents' phones at 10 p.m.",
    'Makes collateral calls to families and employers to verify what residents report.',
    "Tracks each participant's court dates, fines and community service hours and reports gaps to the judge.",
    'Redirects residents who are not following the daily schedule.',
    "Retrieves and files charts for the psychiatrist's clinic.",
    'Writes up residents who come back intoxicated.',
  ],
  fitting: [
    'Carry out outreach alongside the street team.',
    'Undertake training in trauma-informed care as directed by the supervisor.',
    'Help people understand how methadone dosing works, when they ask.',
    'Supports youth in finding chores and jobs they enjoy.',
    'Is a voice for members on the treatment team.',
    "Relays members' ideas for groups to the program manager.",
    'Helps residents plan weekend passes with their families.',
    'Helps residents prepare requests for overnight passes.',
    'Celebrates milestones such as a new job or a year of recovery.',
    'Supports people with their aftercare plans, if they want support.',
    'Shares the ACE study with parents in a workshop about childhood stress.',
    'Talks about harm reduction options with people who use drugs.',
    'Helps members organize their own medication schedule, at their request.',
    'Cooks dinner together with residents as part of house life.',
    'Answers calls on the peer support line in the evenings.',
    'Rides the bus with members learning the routes, when they ask.',
    'Keeps your own vehicle insured if you use it for work.',
    'Sets up the meeting room for the family support group.',
    'Covers peer respite shifts alongside other peers.',
    'Calls residents who have asked for a wake-up call before work.',
    'Helps families contact employers and schools when they ask.',
    'Helps participants keep track of their court dates and community service hours.',
    'Invites residents to join the daily schedule of activities.',
    'Helps members get copies of their own records.',
    'Goes with members to the methadone clinic when they want company.',
  ],
  conflictingPostings: [
    [ukPosting, ['duty-enforce-rules']],
    [tersePosting, ['duty-drug-testing', 'duty-enforce-rules', 'duty-medication-administration', 'duty-transport']],
  ],
});
