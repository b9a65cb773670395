// Duties written fresh (twenty-seventh round), labeled before running; first run: 6/9 conflicting found, 1/9 fitting alarmed
// (moving people in custody, warnings for a breach, a log "of when"; consent named with the person's name).
// Then missed, read since session 9: a singular object before a verb compromise reads as a noun ("each resident leaves").
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('twenty-seventh', {
  conflicting: [
    'Escorts inmates between housing pods and the medical unit.',
    'Develops individual treatment plans in collaboration with the multidisciplinary team.',
    'Issues warnings and written notices to tenants who breach their licence agreement.',
    'Provides cover on reception and answers the switchboard during staff breaks.',
    'Drives the agency minibus for scheduled client outings.',
    'Reports any breaches of bail conditions to the supervising officer.',
    "Assists in enforcing the program's zero-tolerance policy on substances.",
    "Checks participants' bags for contraband before they enter the group room.",
    // read since session 9: after "when each", a word in -s is the verb
    'Keeps a log of when each resident leaves and returns to the house.',
  ],
  fitting: [
    'Meets with people in custody who request peer support before release.',
    'Helps tenants understand their licence agreement and their rights under it.',
    'Covers the peer-run warmline during evening hours.',
    'Accompanies clients to appointments when they ask for support.',
    'Documents each peer support contact in the electronic record within 24 hours.',
    "Tells the team, with the member's permission, what kind of support the member wants.",
    'Supports participants in the treatment court to meet the goals they set.',
    'Applicants must pass a background check and pre-employment drug screen.',
    'Helps residents raise concerns about the house rules at house meetings.',
  ],
});
