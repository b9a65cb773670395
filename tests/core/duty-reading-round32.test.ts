// Duties written fresh (thirty-second round: child welfare, youth crisis, ACT, veterans, shelters; the
// role named as the subject, passives, "duties may include"), labeled before running; first run: 10/12
// conflicting found, 0/12 fitting alarmed (supervised parenting time and how a parent interacts; a
// discharge review panel, after a bullet's first word that the parse reads as a noun, "Sits on").
// "who must leave" read as a requirement asked of the applicant until "must" after "who" was read as the person's.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('thirty-second', {
  conflicting: [
    'Sits on the discharge review panel that decides who must leave the program.',
    'The incumbent will be asked to supervise parenting time and note how the parent interacts with the child.',
    'Duties may include completing the CANS with families at intake.',
    'Parent partners report concerns about parenting to the CPS caseworker.',
    'Youth peer advocates are responsible for room checks on the crisis unit.',
    "On the ACT team you will deliver meds to clients' homes and watch them take it.",
    'Transports clients to court-ordered appointments in your own vehicle daily.',
    "Answers the crisis stabilization unit's main phone and schedules intakes.",
    'Room searches are completed by the peer on each shift.',
    'Veterans peer specialists will administer the PCL-5 and PHQ-9 at each visit.',
    'Helps the nurse restrain patients during emergencies.',
    "The person in this role will enforce the shelter's code of conduct and issue bans.",
    'Sits on the discharge review panel.',
    'Sits in on level reviews.',
    'Notes how the parent interacts with the child during the visit.',
    'Facilitates supervised contact between parents and their children.',
  ],
  fitting: [
    'The incumbent will be asked to support parents before and after parenting time.',
    'Duties may include helping families fill in their own intake forms when they ask.',
    'Parent partners share their own experience of the child welfare system with parents.',
    'Youth peer advocates check in with youth on the crisis unit who want someone to talk to.',
    'On the ACT team you will visit clients at home and help them with errands they choose.',
    'Uses your own vehicle for outreach visits, with mileage reimbursed.',
    'Answers the peer warmline and texts back people who reach out.',
    'Searches for housing listings with clients who are looking for a place.',
    'Veterans peer specialists share their military and recovery experience with veterans.',
    'Helps patients understand their rights during a restraint review.',
    'Helps guests who have been barred from the shelter find somewhere else to stay.',
    'Speaks up for participants at discharge planning meetings, when they want a peer there.',
    'Residents on the unit earn privileges over time.',
    'Attends eviction hearings with tenants who ask for support.',
  ],
});
