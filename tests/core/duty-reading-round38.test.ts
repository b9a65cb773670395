// Duties written fresh (thirty-eighth round, session 10), labeled before running: the people served
// as the doers in an agency's own description ("a place to shower and do laundry"), signing people
// in at a drop-in beside a log of comings and goings, "assigned members" with no caseload, a
// diagnosis the applicant documents, commitment hearings, supervised family visits, clerical cover,
// and a duty named twice in one bullet. First run over 18 fresh postings: 8 right, 6 false alarms
// (caseload x2, volunteers, laundry x2, "help them check in"), 5 misses (commitment hearings, an
// employer or probation asked whether someone turned up, "keeps every appointment"). After the fixes
// all 18 are right (fitted).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('thirty-eighth', {
  conflicting: [
    'Signs residents out when they leave the house and back in when they come home.',
    'Carry a caseload of 30 members and see each of them every week.',
    'Provide peer support to the clients assigned to you on the unit.',
    'Sit in on civil commitment hearings and answer the judge about how patients behave on the ward.',
    'Attends civil commitment hearings held for people on the unit.',
    'Supervise visits between parents and their children and write down what you see for the case file.',
    'Monitor court-ordered visitation sessions for families referred by the judge.',
    'Oversee parent-child visits and tell the caseworker how each parent behaved.',
    'Cover the reception window on Fridays, answering phones and filing intake forms.',
    "Call participants' workplaces to check that they showed up for their shifts.",
    'Keep in touch with the probation service about whether young people turn up to their appointments.',
    'Keeps a record of when each resident comes and goes.',
    'Keep the group rooms and the bathrooms tidy through the evening.',
    // Keeping appointments is compliance with treatment, with a person as the subject of "keeps".
    'Make sure each of them keeps every appointment with their psychiatrist.',
  ],
  missed: [
    // "ask" is left out of the class that checks whether someone turned up: "ask young people whether
    // they went to school" is a peer's question to them; the employer as the one asked is not read yet.
    'Ask employers whether participants showed up for work.',
    // A magistrate is no body the reading knows, and "how ... behaved" is no object of a report yet.
    'Tell the magistrate how each patient has behaved on the unit.',
  ],
  fitting: [
    'Welcome guests at the front table and help them sign in for the day.',
    'Greet young people at the door and help them check in for their appointments.',
    'Supervise and schedule our team of parent volunteers.',
    'Support members who are preparing for a commitment hearing, if they want a peer with them.',
    "Attend commitment hearings as the member's advocate, when they ask for one.",
    'Assist members who want to learn to do their own laundry and cleaning at home.',
    'Offer a short peer check-in to assigned members after their groups end.',
    'Visit families at home when they ask for support.',
    'Helps parents get ready for family visits and talks with them afterwards.',
    'Go with participants to court dates when they want someone there.',
    'Liaises with youth justice workers to help young people find housing they want.',
    'Take part in clubhouse work units alongside members.',
  ],
  conflictingPostings: [
    [
      'Residential Peer Support Worker (overnight)\nCedar House, a 12-bed sober living home\n\nDuties:\n- Keep the sign-out book, recording when each resident leaves the house and when they come back, and give the log to the house manager every morning\n- Talk with residents who are up at night and want company\n- Mop the kitchen and bathroom floors, wipe the counters and empty the bins before the morning shift arrives\n- Share your own recovery journey with residents\n\nRequirements: at least two years of personal recovery from addiction. $18/hr.\n',
      ['duty-cleaning', 'duty-report-on-people'],
    ],
    [
      "Family Peer Partner - Child Welfare Unit\n\nYou will:\n- Supervise visits between parents and their children at the agency's family visit rooms and write down what you see for the case file\n- Walk alongside parents as they work their case plan\n- Supervise and schedule our team of parent volunteers\n- Visit families at home when they ask for support\n\nYou are supervised by the Family Services Director. Lived experience as a parent who has been involved with child welfare is required.\n",
      ['duty-enforce-rules'],
    ],
    [
      'Peer Mentor - Youth Shelter\n\nOur shelter gives young people a bed, hot meals, a place to do their laundry and staff who care.\n\nDuties\n- Clean the bathrooms, sweep the halls and take out the recycling at the end of each shift\n- Help young people plan their next steps\n- Co-lead a weekly art group\nRequirements: lived experience of homelessness or mental health challenges as a young person (required). $18/hour.\n',
      ['duty-cleaning'],
    ],
    [
      'Peer Support Specialist - Crisis Stabilization Unit\n\nKey duties\n* Sit in on involuntary commitment hearings and tell the magistrate how the patient has behaved on the unit\n* Offer one-to-one peer support to guests during their stay\n* Help guests write a crisis plan in their own words\n\nMinimum qualifications\n* Lived experience with mental health recovery (required)\n* Applicants will be asked to disclose any psychiatric diagnosis during the interview\n',
      ['duty-involuntary-holds'],
    ],
  ],
  fittingPostings: [
    "Peer Recovery Coach - Harbor Street Day Center\n\nHarbor Street Day Center is a walk-in space where adults in recovery can grab a coffee, take a shower, wash their clothes, use the computers and meet other people on the same road.\n\nWhat you'll do\n- Welcome guests at the front table and help them sign in for the day\n- Share your own recovery story when it helps someone feel less alone\n- Run two peer support groups a week\n- Connect guests with housing, benefits and treatment options they choose\n\nWhat we ask\n- Lived experience of recovery from a substance use disorder (required)\n- Willingness to talk about your own path\nPay: $19.50/hour\n",
    'Peer Specialist - Assertive Community Treatment Team\n\nThe Peer Specialist is a full member of the ACT team. Each team member works with assigned participants, and the peer specialist brings a recovery lens to every conversation.\n\nResponsibilities\n- Meet with participants in their homes or the community, when they invite you, to talk about their own goals\n- Help participants practice skills for the things they want to do, like grocery shopping or riding the bus\n- Facilitate a weekly wellness group\n- Document your own contacts in the electronic record\n\nQualifications\n- Lived experience of a mental health condition and recovery, required\n- Certified Peer Specialist or able to certify within 12 months\n',
    'Peer Support Worker\nResponsibilities\n- Supervise peer volunteers who staff the warmline\n- Help members prepare for visits with their children when they ask\n- Support members who are preparing for a commitment hearing, if they want a peer with them\n- Assist members who want to learn to do their own laundry and cleaning at home\nLived experience of mental health recovery: required. $20/hr.\n',
    'Peer Specialist, Community Mental Health\n\nThe program offers members a clubhouse where they cook together, clean up after meals and run the snack bar.\n\nWhat the job involves\n- Take part in clubhouse work units alongside members\n- Share recovery stories in groups\n- Help members set their own employment goals\n\nLived experience of mental illness and recovery required. $19/hour.\n',
  ],
});

// One finding per duty and sentence: a bullet that names cleaning twice, or monitoring and the
// report of what it watched, gives one card, not two.
describe('thirty-eighth round: a duty is reported once per sentence', () => {
  beforeAll(loadPartsOfSpeech);
  const posting = (line: string) =>
    `Peer Mentor\n$18 an hour.\n\nDuties\n- ${line}\n- Share your own story in groups.\n\nQualifications\n- Lived experience of recovery is required.`;
  const ids = (line: string) =>
    analyze(posting(line))
      .findings.filter((f) => f.ruleId.startsWith('duty-'))
      .map((f) => f.ruleId);
  it.each([
    [
      'Keep the day room tidy and well stocked from opening until close, including sweeping floors and emptying the bins.',
      ['duty-cleaning'],
    ],
    ['Cover the reception window on Fridays, answering phones and filing intake forms.', ['duty-clerical', 'duty-phones-reception']],
    ['Monitor medication adherence for clients and let the nurse know when a dose is missed.', ['duty-compliance-monitoring']],
    // another clause, another duty: both are shown
    ['Track medication adherence; tell the team which members skipped group.', ['duty-compliance-monitoring', 'duty-report-on-people']],
    [
      'Attend involuntary commitment hearings and tell the court how patients behave on the unit.',
      ['duty-involuntary-holds', 'duty-report-on-people'],
    ],
  ] as [string, string[]][])('%s', (line, expected) => expect(ids(line).sort()).toEqual(expected));
});
