// Round 43 (session 12): shapes met in an opened blind set (blind9), rewritten in our own words.
// Fetching and delivering donations or furniture is an errand, not peer work; testimony at
// commitment or retention hearings takes part in them; booking and confirming the clinic's
// appointments and faxing referrals are clerical. Guards: helping people pick up or drop off what
// is theirs is their act ("help people pick up their mail"), as scheduling their own appointments is.
// What an application's questions ask of the applicant ("Supplemental Questionnaire") is no duty.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('43', {
  conflicting: [
    'Pick up and deliver furniture donations to the thrift store.',
    'Give testimony at commitment and retention hearings as the team requests.',
    'Books and confirms clinic appointments for the two psychiatrists.',
    'Faxes records and referrals to outside providers.',
  ],
  fitting: [
    'Help people pick up their mail and food boxes.',
    'Help members drop off their housing forms at the county office.',
    'Help people schedule and confirm their own appointments when they ask.',
    'Go with people to their commitment hearings if they want a supporter there.',
  ],
  // What an application's questions ask is no duty; the same words as a duty are one.
  fittingPostings: [
    'Peer Support Specialist\nHarbor County Behavioral Health | $22 an hour\n\nDuties\n- Lead recovery groups and share your own story\n\nSupplemental Questionnaire\n1. Describe how you would use your story to support someone who feels hopeless.\n2. Tell us about a time you reported a concern about someone to a supervisor.',
  ],
  conflictingPostings: [
    [
      'Peer Support Specialist\nHarbor County Behavioral Health | $22 an hour\n\nDuties\n- Lead recovery groups and share your own story\n- Report any concern about a resident to the supervisor at once',
      ['duty-report-on-people'],
    ],
  ],
});
