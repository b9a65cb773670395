// Duties written fresh (twenty-fifth round), labeled before running and run once on the final code
// of the session, with no fix after: the last measure of first-run recall and false alarms.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('twenty-fifth', {
  conflicting: [
    "Spot-checks residents' rooms for cleanliness and hidden alcohol.",
    "Collects participants' phones at the start of group and returns them at the end.",
    "Informs the parole agent of any change in a parolee's address or job.",
    'Uses a point system to reward or penalize youth behavior on the unit.',
    "Witnesses residents' self-administered medications and initials the log.",
    'Prepares meals and does dishes for the residential program.',
    "Answers the agency's main line and routes calls.",
    'Files, copies and shreds documents for the administrative office.',
    'Performs intake assessments, including the ASI, for new clients.',
    'Assigns DSM diagnoses in consultation with the psychiatrist.',
    'Completes weekly treatment plan reviews with each client.',
    'Tells the shelter director which guests were drinking overnight.',
    'Assists with emergency holds by completing the petition paperwork.',
    'Observes youth for signs of self-harm and reports them to the nurse.',
    'Takes residents to and from work each day in the program van.',
    'Performs patient sitter duties on the medical floor when needed.',
    'Acts as chaperone for all outside appointments.',
    'Makes sure tenants keep their apartments up to inspection standards.',
    'Places residents on restriction for breaking curfew.',
    // read since session 9: keys held and handed back after curfew
    "Holds onto clients' house keys and lets them in after curfew.",
  ],
  // Not read on the first run: holding keys with no set times, a chaperone as a standing escort,
  // apartments kept to inspection standards, restriction as a sanction (all read since; the keys in session 9).
  fitting: [
    'Supports residents who want to keep their rooms alcohol-free.',
    'Helps clients get a copy of their house key when they lose it.',
    'Invites participants to put phones away during group, if the group agrees.',
    'Helps people on parole find housing and work they want.',
    "Explains how the unit's point system works and helps youth speak up about it.",
    'Helps residents set reminders for their own medications, if they want.',
    'Shares a meal with members at the drop-in.',
    'Goes along to outside appointments when a member wants company.',
    'Runs the peer warmline and takes calls from people who want to talk.',
    'Keeps your own outreach records organised.',
    'Shares their own experience of intake to help new clients feel welcome.',
    'Helps people prepare questions about their diagnosis for the psychiatrist.',
    'Helps clients bring their own goals to treatment plan reviews.',
    'Helps tenants get ready for an apartment inspection, if they ask.',
    'Talks with guests who want support after a hard night.',
    'Helps residents work out a plan to get back on track after a curfew problem.',
    'Helps people understand their rights during an emergency hold.',
    'Notices when youth seem down and offers to talk.',
    'Helps residents learn the bus routes to work.',
    'Sits with patients who ask for company on the medical floor.',
  ],
});
