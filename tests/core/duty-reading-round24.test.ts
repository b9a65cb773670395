// Duties written fresh (twenty-fourth round), labeled before running and run once on the code after
// round 23's fixes: housing first, veterans, perinatal, clubhouse, mobile crisis, school and
// harm reduction settings, in class-spec and percentage-of-time wording.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('twenty-fourth', {
  conflicting: [
    'Essential Functions (30%): Conducts daily wellness checks on tenants and reports lease violations to property management.',
    'The incumbent administers monthly Vivitrol injections under standing orders.',
    'Accompanies the mobile crisis clinician and completes the risk screen when the clinician is busy.',
    'Screens veterans for PTSD using the PCL-5 during outreach.',
    "Tracks mothers' attendance at prenatal appointments and flags missed visits to the CPS worker.",
    "Counts and records each resident's cash allowance and hands it out weekly.",
    "Inspects tenants' units monthly for hoarding and lease compliance.",
    'Sits in on therapy sessions and takes clinical notes for the therapist.',
    "Enforces the school's cell phone ban during the youth program.",
    'Observes members at the clubhouse work units and rates their job readiness for the vocational counselor.',
    'Gathers collateral information from family members for the psychiatric evaluation.',
    'Handles court paperwork and files compliance reports for diversion participants.',
    'Provides close observation of patients who are at risk of leaving against medical advice.',
    'Confiscates vapes from students and returns them to parents.',
    'Runs the sign-in desk at the syringe services program and checks IDs.',
    'Administers breath alcohol tests to participants before they can join group.',
    'Reports older adults who seem confused to adult protective services without asking them first.',
    'Delivers brief interventions using the SBIRT model to patients in the emergency department.',
    'Shuttles patients from the discharge lounge to the shelter as a daily duty.',
    // "it" for the van named earlier: read as the object named last before it (session 9).
    "Keeps the van's mileage log and refuels and washes it weekly.",
  ],
  fitting: [
    'Visits tenants who have invited a peer to stop by.',
    'Shares what helped them get through Vivitrol treatment, when a participant asks.',
    'Rides with the mobile crisis team to offer peer support to people in crisis.',
    'Connects veterans with peer-led PTSD support groups they choose.',
    'Logs your own mileage for reimbursement.',
    'Supports mothers in getting to the prenatal appointments they want to keep.',
    'Helps residents make a budget for their own allowance.',
    'Helps tenants who want to declutter their units, at their pace.',
    'Co-facilitates a recovery group alongside a therapist, sharing a peer perspective.',
    'Helps youth find phone-free activities they enjoy.',
    'Works alongside members in the clubhouse kitchen unit.',
    'Talks with family members about peer support and family groups.',
    'Helps diversion participants understand court paperwork, if they ask.',
    'Sits with patients who are thinking about leaving, to listen and share options, when they want.',
    'Talks with students about vaping and where to get help quitting, if they are interested.',
    'Welcomes people at the syringe services program and offers supplies without asking for ID.',
    'Explains harm reduction strategies for alcohol to people who ask.',
    'Helps older adults report abuse, if they decide to.',
    'Offers brief peer conversations in the emergency department to patients who want to talk.',
    'Walks with patients from the discharge lounge to the bus stop, if they want company.',
  ],
});

// Left from an earlier session, not a first-run round: "day room" and "group room" are among the
// phrases that only look like an object (a room that is no one's belongings); since session 9 they
// no longer silence an object whose own words take in the whole phrase (the building's day room).
describeDutyRound('rooms of the building', {
  conflicting: ['Cleans the day room every evening.', 'Vacuums the group room and the day room.'],
  fitting: ['Reserve the group room for your peer group.', 'Meets residents in the day room when they want to talk.'],
});
