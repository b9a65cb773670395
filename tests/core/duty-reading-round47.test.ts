// Round 47 (session 13): shapes met in opened blind sets (blind14, blind15), rewritten in our own
// words. Nouns of duties: coverage of the main phone line, the reporting of missed appointments
// or curfew violations, evaluations for involuntary holds, medication audits, getting families
// back on track with the treatment plan. Guards: "them" after a check or an observation records
// the checks, not people; the court team told only what participants agreed to release; a clean
// driving record beside one's own vehicle; working overnight shifts as a schedule; willingness to
// share one's own experience; taking part in supervision; the pharmacy's medication audits.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('47', {
  conflicting: [
    'Coverage of the main phone line during lunch breaks.',
    'Phone coverage for the front office on Fridays.',
    'Attends case conferences with the probation officer, including the reporting of any missed appointments or positive drug tests by participants.',
    'Reporting of curfew violations to the house manager.',
    'Participation in evaluations for 72-hour involuntary holds alongside the crisis clinician.',
    'Completion of medication audits on the ward each week.',
    'Works with families who miss sessions to get them back on track with the treatment plan.',
    'Observes residents during meals and documents them in the behavior log.',
  ],
  fitting: [
    'Records your own contacts with members, and keeps a list of resources you share and updates them monthly.',
    'Shares with the court team only the information participants have agreed to release.',
    "Valid driver's license, clean MVR, own vehicle.",
    'Ability to work overnight shifts, including weekends and holidays.',
    'Lived experience of recovery, and willingness to share it in your work.',
    'Takes part in regular supervision with the Family Peer Services Supervisor.',
    'The pharmacy team completes medication audits on the ward.',
    'Helps people get back on track with goals they set for themselves.',
  ],
  conflictingPostings: [
    [
      'Peer Support Specialist\nMaple House Residential | $18 an hour\n\nDuties\n- Completing 15-minute bed checks and recording them on the census log\n- Share your own story in groups\n\nQualifications\n- Lived experience of recovery is required.',
      ['duty-enforce-rules'],
    ],
    [
      'Consumer Peer Worker\nWestgate Hospital | $40 an hour\n\nAbout the role\nYou will be responsible for hourly visual observations of consumers on the ward and for recording them on the observation chart. You will run the weekly recovery group.\n\nEssential\n- Lived experience of mental health recovery',
      ['duty-enforce-rules'],
    ],
  ],
});
