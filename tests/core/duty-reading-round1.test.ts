// Duties written fresh for the action-and-object reading of duties (first round), in the shapes
// employers use: verb bullets, "Responsible for ...", "Will ...", passives, gerunds, noun lists
// after a colon, two duties in one sentence, "as needed", "under supervision of". Each line was
// written for this test. Lines that conflict with the peer role sit beside lines that share their
// words and fit it.
import { describeDutyRound } from './duty-rounds.js';

const conflictingPostings: [string, string[]][] = [
  [
    'Peer Support Associate\nPay: $18.75/hr\nAbout the job\nWorking on our overnight team, you will walk the halls every hour to check on residents, keep the kitchen and bathrooms clean, and let the supervisor know about any resident who seems to be using. You will also share your story in morning group.\nMust have at least one year of recovery.',
    ['duty-cleaning', 'duty-enforce-rules', 'duty-report-on-people'],
  ],
  [
    "Recovery Mentor | Reentry Services | $20 an hour\nResponsibilities: mentor people returning from prison; keep probation officers informed of each mentee's attendance and progress; confirm mentees are following curfew; help with resumes and job searches.\nRequirements: Lived experience of incarceration.",
    ['duty-enforce-rules', 'duty-report-on-people'],
  ],
  [
    "Certified Peer Specialist, Inpatient\n$22/hr\nIn addition to peer groups, the specialist administers intake screenings for depression and suicide risk, helps count medications at shift change, and takes patients' vital signs.\nQualifications: Lived experience with mental health recovery required.",
    ['duty-clinical-assessment', 'duty-medication-administration'],
  ],
];

const fittingPostings = [
  "Parent Partner\n$41,000 a year\nYou'll walk alongside parents whose children are in services: going with them to school and court meetings when they ask, helping them prepare what they want to say at team meetings, and connecting them with other parents. You'll document your own contacts and keep your schedule up to date.\nRequirements: Personal experience raising a child with behavioral health needs.",
  'Peer Recovery Support Specialist\n$21/hr, full-time\nWhat you will do\n- Meet people where they are and offer support with the goals they pick.\n- Help participants understand their treatment plan and speak up about changes they want.\n- Provide crisis support and stay with people until they feel safe.\n- Offer rides to appointments when a participant asks for one.\nWhat you bring\n- Lived experience of recovery from substance use.',
  'Youth Peer Advocate\n$19/hour\nThe youth peer advocate helps young people build skills they want: cooking, doing laundry, keeping their space clean, and taking the bus. Advocates model and teach these skills; they do not supervise or discipline youth.\nQualifications: Lived experience as a youth receiving mental health or foster care services.',
];

describeDutyRound('first', {
  conflicting: [
    'Keeps an eye on residents during free time and lets the house manager know about anything unusual.',
    'Responsible for checking lockers and personal items for prohibited substances.',
    'Will watch participants provide urine samples in the restroom.',
    'Informs the referring judge when participants skip scheduled sessions.',
    'Mopping floors, scrubbing toilets and wiping down tables in the day room.',
    "Counts and logs each resident's medications at shift change.",
    'Under supervision of the RN, hands residents their prescribed doses and charts them.',
    'Conducts biopsychosocial interviews with new admissions and recommends services.',
    'Develops service plans with measurable objectives for each client.',
    'Provides cognitive behavioral interventions to individuals with depression.',
    'Writes up residents who violate the visitor policy.',
    "Tracks each participant's whereabouts using the sign-out sheet and alerts staff to unexplained absences.",
    'Driving the agency shuttle between the shelter and the clinic is the main part of this job.',
    'Answers the main line, greets walk-ins and files intake paperwork as needed.',
    'Responsible for making sure residents stay within the terms of their probation.',
    'Performs random breath tests and records the readings.',
    'Keeping the common areas, kitchen and laundry room tidy and stocked.',
    'Holds participants accountable for missed chores and appointments.',
    'Will check on patients on the unit every quarter hour and record their location.',
    'Administer standardized screening tools for trauma and depression, and refer positive screens to the clinician.',
    'Sweeps and vacuums the building at the end of each evening.',
    "Shares notes on residents' behavior with the clinical team at each morning huddle.",
    "Enforces the conditions in each participant's behavior contract.",
    'Hands out bedtime medications to residents and logs them.',
    'Duties: inspecting bedrooms, taking away contraband, logging rule breaks.',
    'Provides individual counseling sessions to clients with co-occurring disorders.',
    'Reports positive drug tests to the probation department.',
    'Launders linens and towels for the residence twice weekly.',
    'Completes diagnostic interviews and assigns a provisional diagnosis.',
    'Observes group members and reports any signs of use to the counselor.',
    "Transports clients to and from program activities daily as the program's driver.",
    'Covers the front desk during lunch breaks and fields incoming calls.',
  ],
  fitting: [
    'Keeps in touch with people after they leave the program, if they want that.',
    'Helps residents set up their own lockers and rooms the way they like.',
    'Goes with participants to court at their request and sits with them during hearings.',
    'Helps people understand their probation conditions and what they can ask their officer.',
    'Listens to what people want from their medications and helps them raise it with their prescriber.',
    'Models how to cook a simple meal and clean up afterward in a life skills group.',
    'Teaches participants how to keep track of their own appointments with a calendar.',
    'Documents own peer contacts in the record by the end of the day.',
    'Reports to the peer services supervisor.',
    'Supports people in crisis by staying with them and listening.',
    'Accompanies members to medical appointments when they ask.',
    'Helps residents plan chores they agreed on together at the house meeting.',
    'Informs participants about community resources for food, housing and work.',
    'Encourages people to set goals of their own and checks in on progress when they want.',
    'Observes confidentiality in all contacts with members.',
    'Watches for chances to share your own story when it could help.',
    'Supports participants in meeting drug court requirements they have chosen to work on.',
    'Helps participants get ready for a drug test they have agreed to, if they want support.',
    'Maintains a welcoming drop-in space with coffee and music people choose.',
    'Teaches people to use naloxone and fentanyl test strips.',
    'Explains how screening tools work so people can decide whether to take them.',
    'Shares information about counseling and therapy options with people who ask.',
    'Leads a peer group on cleaning and cooking skills that residents asked for.',
    'Travels to meet members in the community; reliable transportation required.',
    'Offers rides to support groups for people without transportation, when they request one.',
    'Helps residents store their own medications safely, at their request.',
    'Completes trainings in ethics, boundaries and trauma-informed care.',
    'Helps people write down questions for their therapist.',
    'Follows program rules about confidentiality and safety.',
    'Supports people as they work through their own recovery plan.',
    'Keeps track of peer group attendance for the monthly report.',
  ],
  conflictingPostings,
  fittingPostings,
});
