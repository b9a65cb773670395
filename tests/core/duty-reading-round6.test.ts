// Duties written fresh (sixth round) after the fixes of the fifth, before the code was run on them.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('sixth', {
  conflicting: [
    'Chauffeurs clients to and from the clubhouse.',
    'Daily pickups of residents from the detox center.',
    "Responsible for the agency's switchboard during business hours.",
    'Checks in walk-ins and answers general inquiries at the welcome window.',
    'Medical records requests, faxing and filing.',
    'Acts as a one-to-one sitter for patients on suicide precautions when no tech is available.',
    'Floats to other units to cover breaks.',
    'Administers the GAD-7 and PHQ-9 at every visit and enters the scores.',
    'Does LOCUS assessments for each adult referred to the program.',
    'Contraband sweeps of the residence.',
    'Supervises visits between parents and their children and writes up what happens.',
    'Random UAs.',
    'Helps police carry out emergency detentions.',
    'Follows up with no-shows at their homes, even if they have said they are not interested.',
    'Assigned 20 consumers whom you will see weekly.',
    'Lets the team know about anyone who seems to be slipping.',
    "Reports lapses to the participant's probation agent.",
    'Locks up and counts sharps and medications nightly.',
    'Signs visitors in and out at the front entrance.',
    'Performs chart audits and files loose paperwork for the records department.',
  ],
  fitting: [
    'Offers to walk with members to appointments they have scheduled themselves.',
    'Helps people find low-cost transportation options.',
    'Answers questions from callers on the peer support line.',
    'Fills out your own weekly activity report.',
    'Talks with participants about their court requirements and what they want to do about them.',
    'Gives people information about medication-assisted treatment if they ask.',
    'Fills in for another peer facilitator when they are out.',
    'Supports people who have been placed on a hold to make sense of what happened, afterward.',
    'Visits people in the hospital when they ask for a visit.',
    'Shares group attendance totals with the program director.',
    'Calls members back when they leave a message on the peer line.',
    'Drives your own car to meet members in the community; mileage is reimbursed.',
    'Works one weekend shift a month at the peer-run respite.',
    'Lets people know what their rights are during a psychiatric hold.',
    'Checks in with members by phone between visits, if they would like that.',
    'Keeps the lending closet of interview clothes sorted and stocked.',
  ],
  conflictingPostings: [
    [
      `STATE OF LARKSPUR - DEPARTMENT OF HUMAN SERVICES
Classification: Peer Recovery Specialist I
Class Code 4471

Nature of Work
Employees in this class use their personal experience of recovery from substance use disorder to support clients of a county outpatient program.

Typical Tasks
Conducts searches of client belongings at program entry.
Collects observed urine specimens.
Provides relief coverage for the front reception desk.
Transports clients in county vehicles to court and medical appointments.
Facilitates recovery support groups.

Minimum Qualifications
Two years of personal recovery from a substance use disorder; certification as a peer recovery specialist.`,
      ['duty-drug-testing', 'duty-enforce-rules', 'duty-phones-reception', 'duty-transport'],
    ],
  ],
  fittingPostings: [
    `Residential Counselor (Behavioral Health Technician)
Cedar House Treatment Center - Overnight

Duties
- Conduct room and belongings searches at admission.
- Collect observed urine drug screens.
- Observe residents taking their medications.
- Answer phones and sign visitors in and out.
- Drive residents to appointments in the company van.

Requirements
High school diploma; clean driving record; two years in a residential setting.`,
    `Youth Peer Advocate
Northside Youth Collective

Our youth peer advocates are young adults with their own experience of mental health services who support youth ages 14 to 24.

You will:
- Check in by text or phone with youth who have asked you to.
- Go with youth to appointments they choose, and help them plan how to get there.
- Keep notes on your own contacts.
- Help youth get ready for court dates and talk through the requirements they are working on.
- Share information about medications a youth asks about, and help them bring questions to their prescriber.

You bring: lived experience of mental health or substance use challenges as a young person (required).`,
  ],
});
