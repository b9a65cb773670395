// A "12-step meeting" or "step meeting" is a mutual-aid meeting, not a level system's review of a
// resident's step: going there with people fits the role, a phase or level review does not.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('mutual-aid meetings', {
  conflicting: [
    "Takes part in phase meetings that decide each resident's privileges.",
    'Attends level review meetings where residents move up or down a phase.',
  ],
  fitting: [
    'Takes residents to outside 12-step meetings such as AA and NA.',
    'Goes with members to a step meeting in town when they ask.',
    'Brings participants to twelve-step meetings and introduces them around.',
  ],
});
