// Duties written fresh for the duty reading (second round), after the reading was built and
// before it was run on them: the honest measure of how it reads wording it was not built on.
// Each line was written for this test, in employers' shapes; fitting lines share words with
// conflicting ones.
import { describeDutyRound } from './duty-rounds.js';

const conflictingPostings: [string, string[]][] = [
  [
    'Recovery Coach (Sober Living)\nPay: $19/hr\nDuties\nThe coach lives on site, runs the morning house meeting, checks every bedroom for alcohol and drugs once a week, and reports anyone who fails a breath test to the owner. The coach also shares their own recovery with residents.\nRequirements: 2 years of sobriety.',
    ['duty-enforce-rules', 'duty-report-on-people'],
  ],
  [
    'Peer Specialist - Crisis Residential\n$23/hour\nResponsibilities include: co-leading groups, greeting guests, passing evening medications with the nurse, completing the intake risk screening, and mopping the kitchen floor after dinner.\nLived experience of mental health recovery required.',
    ['duty-cleaning', 'duty-clinical-assessment', 'duty-medication-administration'],
  ],
];

const fittingPostings = [
  "Family Support Partner\n$22/hour\nYou will help caregivers find their footing: listening, sharing your own story of raising a child with mental health needs, going with them to IEP and court meetings when they ask, and helping them track their own questions for the child's therapist.\nRequirements: Lived experience as a parent or caregiver of a child with behavioral health needs.",
  'Peer Support Specialist\n$20/hr full-time\nDuties\n- Run peer groups that members plan together.\n- Help members keep their apartments the way they want them, when they ask.\n- Offer support when someone is in crisis.\n- Document your own contacts.\nQualifications\n- Lived experience of mental health recovery.',
];

describeDutyRound('second', {
  conflicting: [
    'Conducts hourly rounds to confirm every resident is in their assigned bed.',
    'Is responsible for observing clients while they give a urine specimen.',
    'Will document any resident who returns to the house intoxicated and notify the director.',
    'Scrubs the showers and restocks the restrooms each morning.',
    "Writes progress notes describing each client's behavior for the court liaison.",
    'Gives residents their morning medications from the locked cabinet.',
    'Completes the DLA-20 functional assessment with each member every six months.',
    'Creates treatment plans in collaboration with the therapist.',
    'Searches incoming packages and mail for drugs.',
    'Updates the parole officer weekly on how each participant is doing.',
    'Reviews surveillance footage and reports residents seen breaking rules.',
    'Tracks who is taking their medication and who is not.',
    'Supervising clients during smoke breaks and outings.',
    'Doing laundry, dishes and vacuuming for the residence.',
    'Administers breathalyzer tests at random.',
    'Provides solution-focused therapy to youth and families.',
    "Will act as the program's primary driver, transporting members to all scheduled activities.",
    'Takes away cell phones from residents during their blackout period.',
    'Keeps the offices neat and the bathrooms stocked.',
    "Monitors each youth's location throughout the shift.",
    'Counts the narcotics with the outgoing nurse at every shift change.',
    'Responsible for screening new referrals for suicide risk.',
    'Enforcing visiting hours and the no-guest policy.',
    'Alerts the treatment team when a patient refuses medication.',
    'Performs intake evaluations and recommends the level of care.',
    'Reports relapses to the drug court coordinator.',
    'Will drug test residents who return late.',
  ],
  fitting: [
    'Checks in with members by text to see how their week went.',
    'Helps residents learn to clean and organize their own rooms, if they want that help.',
    "Observes the peer code of ethics and the agency's confidentiality rules.",
    'Keeps the resource table stocked with brochures and bus passes.',
    'Shares resources with families about local support groups.',
    'Reports directly to the Peer Program Manager.',
    'Documents each peer contact in the record the same day.',
    'Teaches members how to track their own moods and sleep.',
    'Sits with people waiting for a drug screen, if they want company.',
    'Assists residents with applying for jobs and benefits.',
    'Explains the house rules to newcomers and answers their questions.',
    'Goes with patients to their psychiatric appointments when asked.',
    'Informs people about their rights as patients.',
    'Encourages members to take part in activities they enjoy.',
    'Leads a wellness group on sleep, food and movement.',
    'Maintains a clean and inviting peer center.',
    'Supports parents through child welfare meetings they have been asked to attend.',
    'Provides support to people in crisis until they feel safe.',
    'Helps people prepare to talk with their doctor about medication side effects.',
    'Connects youth with tutoring, jobs and mentors.',
    'Monitors the peer line voicemail and returns calls the same day.',
    'Completes required trainings on ethics and boundaries each year.',
    'Drives to community sites to meet members; mileage is reimbursed.',
    'Tells their own recovery story at orientation for new residents.',
    'Updates the community resource list every quarter.',
    'Helps members set goals of their own choosing and revisit them when they want.',
  ],
  conflictingPostings,
  fittingPostings,
});
