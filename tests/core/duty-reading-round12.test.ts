// Duties written fresh (twelfth round) after the broadening of the classes, before the code was
// run on them: a hospital's "key accountabilities", "a typical day", prose sentences with several
// duties, an informal post; fitting lines again use the same verbs in a peer's sense.
import { describeDutyRound } from './duty-rounds.js';

const informalPost = `HIRING!! Recovery coach wanted at Second Wind House (sober living, 14 guys)
$18/hr, nights + some weekends. Need someone w/ at least 1 yr recovery.
You'd be the overnight guy: make sure everybody's in by 11, do the 2am walk-through, take care of the UA's in the morning and help cook breakfast. Some driving to jobs.
Text Mike 555-0142`;

const prosePosting = `Family Peer Advocate
Willow Creek Children's Services · $22 an hour

Family Peer Advocates walk beside parents and caregivers whose children receive mental health services. You will listen, share your own experience of raising a child with emotional challenges, and help families find their voice in school and treatment meetings. You will connect parents with support groups and resources they choose, and you will go with them to meetings when they ask.

Requirements: lived experience as the parent or caregiver of a child with mental health needs. Knowledge of the children's mental health system and of treatment planning is helpful.`;

describeDutyRound('twelfth', {
  conflicting: [
    'In this role you will also be the person who runs UAs on Tuesdays and Thursdays.',
    'Key accountability: accurate sharps and controlled-drug counts at each handoff.',
    'Will sit one-on-one with patients on suicide precautions when the unit needs a sitter.',
    'Makes sure guests hand in their lighters and pocket knives at intake.',
    'Peer staff are expected to write incident reports naming any resident who breaks the no-visitor rule.',
    'Lets the judge know how each participant is doing with their conditions of release.',
    'Administers the Columbia screener to every walk-in.',
    "Formulates diagnostic impressions for the psychiatrist's review.",
    'Runs the intake desk: answering calls, booking first appointments, verifying insurance.',
    'Wipes down the group rooms, restrooms and waiting area between sessions.',
    'Takes the trash and recycling to the curb on Monday nights.',
    'Chauffeurs residents to their day jobs in the agency minivan.',
    'Delivers cognitive processing therapy in weekly sessions.',
    'A typical day: morning med pass, then breakfast duty, then van runs.',
    'Tracks whether members are taking their psych meds and lets the doctor know.',
    'Conducts unannounced home visits to confirm that parents are sober.',
    'Confiscates cell phones during program hours.',
    'Prepares the weekly attendance roster for the probation department.',
    'Fills vacant tech shifts on nights and weekends.',
    'Prints, copies and files intake packets for the clinicians.',
    'Cooks and serves dinner for twelve residents.',
    'Snow shoveling and salting of entryways.',
    'Enforces quiet hours and the visitor policy.',
    'Responsible for bag checks at the front entrance.',
    'Accompanies police on welfare checks and involuntary pickups.',
    'Is the designated driver for all client outings and appointments.',
  ],
  fitting: [
    'In this role you will run a weekly Wellness Recovery Action Plan class.',
    'Key accountability: timely notes on your own peer contacts.',
    'Will sit with people in crisis in the emergency department until they are ready to go home.',
    'Makes sure people leaving the hospital have a phone and a follow-up appointment they chose.',
    'Peer staff write their own session notes.',
    'Lets members know about job fairs and training opportunities.',
    'Helps members prepare questions for their psychiatrist.',
    'Explains what a diagnosis can and cannot say, when people ask.',
    'Answers the peer support warmline in the evenings.',
    'Sets up chairs and snacks before the peer group.',
    'Takes members grocery shopping when they ask for company.',
    'Teaches coping skills that members ask to learn.',
    "Organizes a members' talent show.",
    'Keeps track of your own training hours toward certification.',
    'Visits members at home when invited.',
    'Helps people get back phones and belongings held at the jail.',
    'Prepares members for their probation meetings when they ask.',
    'Covers the peer line when a coworker is out sick.',
    'Prints flyers for the peer-run support groups.',
    'Cooks with youth in the teaching kitchen as part of an independent-living class.',
    'Advocates for residents who want to appeal a house rule.',
    'Checks in with participants after a relapse to offer support, without judgment.',
    'Talks with people about their experiences with police, courts and probation.',
    "Drives to clients' homes for visits they have scheduled.",
    'Greets people at the door of the drop-in and offers a cup of coffee.',
  ],
  conflictingPostings: [[informalPost, ['duty-drug-testing', 'duty-enforce-rules', 'duty-food-service', 'duty-transport']]],
  fittingPostings: [prosePosting],
});
