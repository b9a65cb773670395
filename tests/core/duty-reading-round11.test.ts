// Duties written fresh (eleventh round) after the fixes of the tenth, before the code was run on
// them: other verbs for the same classes (patrol, tally, testify, crush, bus tables) and fitting
// lines that use many of the same verbs in a peer's sense; two whole postings, a county class
// specification and a job-board copy, whose knowledge lines and program text name clinical work.
import { describeDutyRound } from './duty-rounds.js';

const classSpec = `PEER RECOVERY SPECIALIST II
Class Code 4471 | Salary Range: $44,100 - $58,300 annually

DEFINITION
Under general supervision, provides peer recovery support to adults in the county's outpatient and residential programs.

EXAMPLES OF DUTIES
1. Meets with participants to build recovery plans they direct.
2. Collects observed urine samples from residents and records the results in the log.
3. Patrols the residence halls after lights-out and reports anyone out of their room to the night supervisor.
4. Co-facilitates peer support groups.

KNOWLEDGE OF
Principles of medication administration and treatment planning; community resources.

MINIMUM QUALIFICATIONS
Lived experience of recovery from a substance use disorder is required. High school diploma or GED.`;

const boardCopy = `Home > Jobs > Behavioral Health > Peer Support Specialist
Peer Support Specialist
Northfield Wellness Collaborative · Springdale · $19.50 - $22.00 an hour · Full-time
Apply now   Save job

About us
Northfield Wellness Collaborative offers psychiatric evaluation, medication management, individual therapy and case management to adults across three counties.

What you'll do
- Share your own recovery story to build hope and trust
- Walk alongside members as they set and work toward their own goals
- Connect people with housing, benefits and mutual-aid groups
- Document your peer contacts in the electronic record

What you bring
- Lived experience with a mental health condition, and willingness to share it
- Familiarity with treatment planning and medication administration is a plus

Northfield is an equal opportunity employer.`;

describeDutyRound('eleventh', {
  conflicting: [
    'Patrols the grounds and parking lot during evening hours.',
    'Keeps watch over the lobby so that no one brings in alcohol.',
    'Escorts patients on the locked unit to and from the courtyard for smoke breaks.',
    'Tallies the narcotics and sharps at shift change with the nurse.',
    'Hands out consequences when house members break their agreements.',
    'Gathers breath samples from residents returning after curfew.',
    'Witnesses urine drops.',
    'Prepares progress summaries on each client for the drug court team.',
    "Testifies at dependency hearings about a parent's progress.",
    'Calls the parole agent whenever a participant tests positive.',
    'Fills out the daily behavior log for each youth on the unit.',
    "Takes inventory of residents' belongings at admission and locks up valuables.",
    'Performs psychosocial intake interviews and writes the clinical summary.',
    'Sets treatment goals for each participant and reviews them with the psychiatrist.',
    'Triages walk-ins to decide whether they need detox or outpatient care.',
    'Crushes and mixes medication for residents who cannot swallow pills.',
    'Restocks the med room and orders refills from the pharmacy.',
    'Mans the switchboard from 8 to noon.',
    'Photocopies, collates and mails the monthly newsletter.',
    "Runs the laundry for the shelter's linens.",
    'Buses tables and washes dishes after the community meal.',
    "Picks up prescriptions and drops them off at residents' apartments.",
    'Serves as weekend relief for the front office.',
    'Helps the maintenance man with repairs around the houses.',
    "Confirms each resident's whereabouts at curfew and writes up anyone who is out.",
  ],
  fitting: [
    'Walks the neighborhood with outreach partners to meet people where they are.',
    'Keeps watch for signs of overdose at community events and responds with naloxone.',
    'Goes with members to court dates when they want someone beside them.',
    'Tallies how many people attend peer-run events for the grant report.',
    'Hands out hygiene kits and bus passes at the drop-in.',
    'Gathers feedback from members about the program.',
    'Prepares a monthly summary of peer activities for the program director.',
    'Speaks at county board meetings about peer services, sharing your own story.',
    'Calls members who have asked for a reminder before their appointments.',
    'Fills out your own timesheet and mileage log.',
    'Helps residents take inventory of what they need for their new apartment.',
    'Helps participants set their own recovery goals.',
    'Walks alongside people as they decide whether detox or outpatient care fits them.',
    'Explains medication options people may want to ask their prescriber about.',
    'Answers questions from members about how peer support works.',
    'Mails birthday cards to members who have signed up for them.',
    'Runs the laundry skills workshop for youth moving into their first apartment.',
    'Shares meals with members at the clubhouse.',
    'Gives rides when a member asks and no other way is available.',
    'Sits with people in the waiting room to ease their worry before appointments.',
    'Attends drug court with participants and supports them in meeting their court requirements.',
    'Tracks progress toward the goals each person chooses.',
    'Documents each peer contact in the record by end of day.',
    'Welcomes guests at the door of the recovery café and offers them coffee.',
    'Helps members repair their credit and fix mistakes on benefit applications.',
    'Co-leads a cooking class members asked for.',
    'Keeps the peer lounge welcoming and stocked with resources.',
  ],
  conflictingPostings: [[classSpec, ['duty-drug-testing', 'duty-enforce-rules', 'duty-report-on-people']]],
  fittingPostings: [boardCopy],
});
