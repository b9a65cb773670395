// Duties written fresh (fourth round) for the duty shapes that rested on the old patterns only:
// transport as the job, phones and clerical cover, filling staff gaps, named clinical instruments,
// duties written as bare nouns in bullets, involuntary holds, visits against the person's wishes,
// a caseload, and reporting what the people served say or do. Written before the code was run on them.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('fourth', {
  conflicting: [
    'Drives clients to medical and court appointments in the agency van.',
    'Main responsibility is transporting members between the shelter and the day program.',
    'Provides rides for program participants to and from groups each day.',
    'Answers the main phone line and greets visitors at the front desk.',
    'Covers reception over the lunch hour and takes messages for the clinicians.',
    'Scanning intake packets and entering them into the EHR.',
    'Fills in on the unit when a tech calls out.',
    'Picks up open shifts on the inpatient floor when staffing is short.',
    'Administers the COWS every four hours to patients in withdrawal.',
    'Completes the PHQ-9 and the C-SSRS with each new client.',
    'Scores the CANS for every youth at intake and every 90 days.',
    'Room searches.',
    'UA collection and chain-of-custody forms.',
    'Medication counts at shift change.',
    'Bed checks every 15 minutes overnight.',
    'Assists the crisis team with 72-hour holds.',
    'Files petitions for involuntary commitment when members refuse treatment.',
    'Keeps visiting members at home who have stopped answering calls, even after they ask to be left alone.',
    'Carries a caseload of 25 and provides case management to each.',
    'Relays what is disclosed in one-on-one peer sessions to the counselor.',
    'Updates the probation officer weekly on attendance and screen results.',
    'Transportation of residents to outside appointments.',
  ],
  fitting: [
    'Helps people plan their own rides to appointments, including bus routes and ride programs.',
    'Phone check-ins with participants who asked for a weekly call.',
    'Document your own contacts in the peer services log.',
    'Support people through drug court requirements they choose to take on.',
    'Share medication information the person asks for and help them write questions for their prescriber.',
    'Accompany people to appointments they choose, by bus or on foot.',
    'Answers the peer warm line and talks with callers about what is going on for them.',
    'Explains what the PHQ-9 is to members who have been asked to fill one out.',
    'Stays with people during a 72-hour hold if they want a peer there, and helps them understand their rights.',
    'Visits members at home when they invite a visit.',
    'Lets members know about new groups and events at the center.',
    'Reports group attendance numbers for the grant each quarter.',
    "Covers the peer-run drop-in center's weekend hours with another peer specialist.",
    'Helps members keep copies of their important papers in a safe place.',
    'Rides the bus with members who want to learn the route to their new job.',
  ],
  conflictingPostings: [
    [
      `Skip to main content | Sign in | Post a job
Peer Recovery Coach - Emergency Department
Riverbend Health System - Full time - Posted 3 days ago
Save job   Apply now

About the role
Our recovery coaches meet patients in the emergency department after an overdose and connect them with treatment they choose.

What you will do
- Share your own recovery story to build trust with patients.
- Administer the CIWA to patients in the observation unit every two hours.
- Transport discharged patients to detox and shelter in the hospital car.
- Cover the ED registration desk phones during evening hours.

What you bring
- At least two years in recovery from a substance use disorder.
- State peer recovery certification within 12 months.

Similar jobs | Report this job`,
      ['duty-clinical-assessment', 'duty-phones-reception', 'duty-transport'],
    ],
    [
      // First written as one paragraph ("Peer mentor wanted!! ..."): the posting was not read as a
      // peer posting at all (role detection, not the duty reading), so here it has its lines.
      `Peer Mentor
Small recovery residence, 3 houses. Part time.

You would:
- run house meetings and share your story
- cover shifts at the houses when our house managers are short
- carry a caseload of about 20 residents
- help staff with 72 hr holds when someone is in crisis

Must have lived experience of addiction recovery. Pay DOE. Text Dana.`,
      ['duty-caseload', 'duty-filling-staff-gaps', 'duty-involuntary-holds'],
    ],
  ],
  fittingPostings: [
    `COUNTY OF ALDER VALLEY
CLASS SPECIFICATION
Peer Support Specialist II

DEFINITION
Under general supervision, provides peer support to adults receiving county mental health services, drawing on the incumbent's own lived experience of recovery.

EXAMPLES OF DUTIES
1. Makes phone check-ins with participants who have asked for regular calls.
2. Accompanies people to appointments they choose and helps them plan their own transportation.
3. Documents the incumbent's own contacts and services in the county record.
4. Supports participants through mental health court requirements they have chosen to take on.
5. Shares information about medications when a participant asks, and helps them prepare questions for their prescriber.

MINIMUM QUALIFICATIONS
Lived experience as a recipient of mental health services is required.`,
    `Behavioral Health Technician - Adolescent Residential
Pinecrest Youth Campus | Night shift | $19.50/hour

Responsibilities
- Room searches and bed checks every 15 minutes overnight.
- Observed UA collection as ordered.
- Medication counts with the nurse at shift change.
- Transport residents to school and appointments in the campus van.
- Answer unit phones.

Requirements
- High school diploma, valid driver's license, CPR within 30 days of hire.`,
  ],
});
