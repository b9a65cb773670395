// Duties written fresh (thirty-seventh round, session 9), labeled before running: indirect phrasings,
// passives ("are to be administered", "is to be reported"), nominalizations ("responsible for the
// completion of", "oversight of"), pronouns, a table pasted as lines, UK and Australian wording.
// First run: 31/42 conflicting lines found, 0/28 fitting alarmed, 3/4 postings right (the table's rows
// ran into one sentence, so a wish in one row silenced the next). Traps added after the run for each
// new reading (an entry refused to the person, a named corrections body about peer groups, "when each
// group runs", feedback on the program) are listed last among the fitting lines.
// After the fixes every line here is read; "gives it a wash" was the last ("it" inside the action's words).
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('thirty-seventh', {
  conflicting: [
    'Responsible for the completion of urine drug screens for all new admissions.',
    'Responsible for the timely completion of comprehensive assessments within 72 hours of intake.',
    'Room checks are carried out by the peer worker at 10 pm and 2 am.',
    'Breath tests are to be administered to any resident returning after 11 pm.',
    'Medication counts must be completed and signed off at each shift change.',
    'Any breach of house rules is to be reported to the Team Leader the same day.',
    'Undertakes property searches on admission and after home leave.',
    "Conducts bag searches at reception in line with the service's drug and alcohol policy.",
    'Supervises the self-administration of medication and records it on the MAR chart.',
    'Observes urine samples being provided and sends them to the lab.',
    'Witnesses specimen collection for clients on the opioid treatment program.',
    "Provides feedback to the client's community corrections officer on attendance and engagement.",
    'Updates the case manager on anyone who misses group, so they can follow it up.',
    'Completes the PHQ-9 and GAD-7 with each new client and scores them.',
    'Develops the care plan for each consumer and reviews it every 90 days.',
    'Delivers CBT-based therapy sessions to individuals on the waitlist.',
    'Makes sure residents are up and out of their rooms by 9 am on weekdays.',
    'Issues warnings to residents who break the visitor policy.',
    'Hands out consequences for curfew violations in line with the level system.',
    "Monitors participants' adherence to their methadone dosing schedule.",
    "Tracks whether clients are taking their antipsychotics and tells the psychiatrist if they aren't.",
    'Hoovers the lounge and cleans the kitchen at the end of each shift.',
    'Takes the bins out, restocks the toilet rolls and keeps the laundry going.',
    'Provides cover on reception when the administrator is on leave.',
    'Answers the main switchboard and books appointments for the psychiatrists.',
    'Scans and files discharge paperwork for the medical records team.',
    'Main duty is driving clients to and from their dialysis and medical appointments.',
    'Searches the rooms of residents suspected of using and removes any drugs found.',
    'Confiscates phones, lighters and sharps on arrival.',
    'Takes part in Mental Health Act assessments and helps bring people to hospital under section.',
    "Records any concerns about residents' behaviour and passes them to the on-call manager.",
    'A caseload of 25 participants will be assigned to you.',
    'The Peer Worker will carry a caseload of up to 20 consumers.',
    'Contributes to risk assessments and completes the risk formulation for the MDT.',
    'Completion of mental state examinations on the ward round.',
    "Oversight of the house rota and sanctions for residents who don't do their chores.",
    'Ensures tenants comply with the conditions of their tenancy agreement.',
    'Drug screening | Weekly | All residents',
    'Checks on residents every two hours overnight and writes down what each was doing.',
    "Keeps the unit's petty cash tin and balances it at the end of the week.",
    'Refuses entry to anyone who appears to be under the influence.',
    // left out of round 17 as missed (the medication far from the verb); read now
    'Checks that older adults in the program have taken their morning medications.',
    'Collects the pool car each morning, fills it up and gives it a wash on Fridays.',
  ],
  fitting: [
    'Accompanies people to court, at their request, and speaks up for them if they want.',
    'Responsible for the completion of your own contact notes within 48 hours.',
    'Supports participants to meet the requirements of drug court, in line with their own recovery goals.',
    'Provides crisis support over the phone and stays with people until the crisis team arrives.',
    'Helps residents prepare for the house meeting and raise the issues they care about.',
    'Helps people understand their medication and prepare questions for their psychiatrist.',
    "Checks in with members by phone, when they've asked for a regular call.",
    'Drives people to recovery meetings or job interviews when they ask for a lift.',
    "Keeps the peer lounge welcoming, with tea, coffee and the week's group timetable on the wall.",
    'Tracks progress toward the goals each person sets for themselves.',
    'Co-facilitates the weekly Hearing Voices group with a second peer worker.',
    'Supports consumers to have their say in their own care plan reviews.',
    "Shares their own recovery story where it's helpful to the person.",
    'Explains the house rules to new residents so nothing comes as a surprise.',
    'Helps people get ready for a drug test they are worried about, if they ask.',
    'Records the peer support they provide in the client management system.',
    'Brings a peer perspective to team meetings.',
    'Advocates for people when their medication side effects are not being taken seriously.',
    'Links people leaving custody with housing, Centrelink and peer groups.',
    'Helps tenants clean and set up their new flat if they want a hand.',
    'Supports people through the assessment process by explaining what to expect.',
    'Offers a peer perspective at multidisciplinary reviews where the consumer has asked for peer involvement.',
    'Runs a weekly cooking group where members plan and cook a meal together.',
    'Helps participants fill in forms for benefits and housing when they ask.',
    'Visits people in hospital who have asked to see a peer worker.',
    'Supports people to talk to their probation officer, at their request.',
    'Keeps their own mileage and expenses records up to date.',
    "Sits up with residents through the night who can't sleep and want company.",
    'Helps people who have been refused entry to a shelter find somewhere else to stay.',
    'Liaises with Corrections Victoria to set up peer groups inside prisons.',
    'Keeps a log of when each group runs and who facilitates it.',
    'Listens when a resident is upset about moving down a level.',
    'Makes sure everyone has the things they need for the outing.',
    'Holds the door for residents coming back after curfew and asks how their night went.',
    'Helps people understand what happens at a Mental Health Act assessment and what their rights are.',
    'Offers feedback to new peer workers on their group facilitation.',
    'Gives the treating team feedback on how the peer program is going.',
    'Washes the donated car before handing it over, if the family asks.',
  ],
  conflictingPostings: [
    [
      "Recovery Worker (Lived Experience)\nNorthgate Housing Association – Bradford\n£24,100 pa, 37.5 hours per week\n\nThe role\nYou'll be part of a small team supporting residents in our 12-bed abstinence-based house.\n\nKey tasks\n• Carry out room checks twice daily. Anything prohibited should be removed and logged.\n• Breathalyse residents when they come back to the house.\n• Support residents to set their own recovery goals and review them together.\n• Facilitate mutual aid meetings on site.\n\nAbout you\nEssential: lived experience of recovery from drug or alcohol use.",
      ['duty-drug-testing', 'duty-enforce-rules'],
    ],
    [
      "Peer Support Worker – Community Mental Health\nRiverside Health Service, Geelong VIC | Part-time 0.6 FTE | $38.50 per hour plus super\n\nKey responsibilities\nDuty | Detail\nPeer support | One-to-one support with consumers toward goals they set\nGroup work | Co-facilitate wellbeing groups with another peer worker\nMedication | Prompt and record consumers' medication at each home visit\nReporting | Provide weekly updates to the treating team on each consumer's mental state\n\nSelection criteria\n- A lived experience of mental health challenges and recovery (essential)\n- Willingness to share your story purposefully",
      ['duty-compliance-monitoring', 'duty-report-on-people'],
    ],
    [
      'Recovery Coach\nHarbor Recovery Center, Portland ME. $19.75-$22.00/hr.\n\nResponsibilities:\nCoaches participants toward the recovery goals they choose.\nCovers the front desk during lunch and whenever the receptionist is out.\nIs responsible for the supervision of observed urine collections for male clients.\nSupports participants in the treatment court in meeting their court requirements.\nOther duties as assigned.\n\nRequirements: personal lived experience of recovery from a substance use disorder, at least two years.',
      ['duty-drug-testing', 'duty-other-duties', 'duty-phones-reception'],
    ],
    [
      'Peer Mentor (Lived Experience)\nCastle Housing – Sheffield\n£23,900 per annum\n\nWhat you will do\n• Undertake welfare checks on residents through the night\n• Gather collateral information from family members for the mental health nurse\n• Support residents to plan their own recovery\n\nPerson specification\nEssential: personal experience of recovery from mental ill health.',
      ['duty-clinical-assessment', 'duty-enforce-rules'],
    ],
  ],
  fittingPostings: [
    "Family Peer Partner\nSunrise Children's Services · $21/hr · Full time\n\nWhat you'll do\n- Walk alongside parents whose children receive our services, sharing your own experience as a parent.\n- Help families prepare for school meetings and speak up for their child.\n- Connect parents to respite, support groups and resources they choose.\n- Keep your own service notes up to date in the record.\n- Offer support in a crisis and stay with the family until help comes.\n\nWhat you bring\nLived experience as the parent or caregiver of a child with mental health or behavioral challenges is required.",
    'Peer Support Worker\nEastside Mental Health Service | $37.20 per hour\n\nKey responsibilities\nArea | What you will do\nOne-to-one | Walk alongside consumers toward goals they set\nMedication | Help people prepare questions for their prescriber, if they want\nGroups | Co-facilitate the Hearing Voices group with another peer\n\nSelection criteria\n- A lived experience of mental health challenges and recovery (essential)\n- Willingness to share your story purposefully',
  ],
});

// A second batch, written and labeled after the fixes above and run once on them: 10 of 12
// conflicting lines found, none of 8 fitting alarmed. Read since: "refuels it and cleans it out"
// (the last object before "it" was the minibus's keys, a plural). Still missed: a body named with a
// state's abbreviation ("Youth Justice NSW", not an authority the reading knows: with "youth" in its
// name it would also count as the people the duty is about), "keeps a record of when" someone signs in.
describeDutyRound('thirty-seventh, second batch', {
  conflicting: [
    'Urine screens are to be collected from every resident on Monday mornings.',
    'Any use of substances on site is to be reported to the house manager immediately.',
    "Checks and documents residents' medications at each shift change.",
    'Collects the minibus keys, refuels it and cleans it out at the end of the day.',
    'Decides whether a resident has earned a weekend pass.',
    'Responsible for the completion of room searches on all new arrivals.',
    'Denies admission to guests who arrive intoxicated.',
    "Tracks whether each tenant pays rent on time and tells the housing officer when they don't.",
    'Carries out hourly welfare checks on patients in seclusion.',
    "Provides regular updates to the probation officer on each participant's progress.",
    "Liaises with Youth Justice NSW about young people's attendance.",
    'Keeps a record of when each guest signs in and out.',
  ],
  fitting: [
    'Keeps a log of when the peer groups run and how many people come.',
    'Helps people who have been denied admission to detox find another option.',
    'Liaises with Housing Victoria to help people find a home they want.',
    'Explains to residents how the phase system works and when they can move up.',
    'Checks and updates the peer resource board each week.',
    'Meets with people in the visiting room when they ask for peer support.',
    'Decides with the person when they want to meet next.',
    'Records their own outreach hours and submits them to the team leader.',
    'Shares with the team what young people say they want from the program.',
    'Liaises with Corrections Victoria to set up peer groups inside prisons.',
  ],
});

// The job named as "the one who" or "the person who" (session 9, after the rounds above): the verb
// after "who" is the job's; after anyone else it is another doer's.
describeDutyRound('thirty-seventh, the one who', {
  conflicting: [
    "You'll be the one who decides when a resident is ready to move up a phase.",
    "You'll be the one who sets consequences for residents who break curfew.",
  ],
  fitting: [
    'Talks with any resident who decides when they are ready to move up a phase.',
    'You will be the person who helps residents understand when they can move up a phase.',
    "You'll be the one who listens when residents lose privileges.",
  ],
});
