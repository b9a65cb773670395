// Round 40 (session 11): therapy and counseling words in a peer job, written and decided before
// the first run: 20 lines, 19 right at first ("Deliver DBT skills training" was not read as
// therapy; a skills training is now, unless it is one the employee attends or completes).
// Written in our own words; none is taken from a real document.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('40', {
  conflicting: [
    'Provide individual therapy to clients on your caseload.',
    'Lead CBT skills groups for residents twice a week.',
    'Deliver DBT skills training as part of the clinical program.',
    'Conduct individual counseling sessions and document progress notes.',
    'Provide crisis counseling and therapeutic interventions to youth in the program.',
    'Complete psychosocial assessments at intake.',
    'Develop and update individualized treatment plans with the clinical team.',
  ],
  fitting: [
    'Co-facilitate therapeutic recreation outings such as hikes and art nights.',
    'Support members in reaching the goals they set in therapy, when they ask.',
    'Attend therapy appointments with members who invite you.',
    'Provide peer counseling and mutual support on the warmline.',
    "Take part in treatment team meetings to bring the member's voice.",
    'Help set up the room for group therapy sessions and greet members as they arrive.',
    'Facilitate WRAP and Seeking Safety groups.',
    'Use motivational interviewing to support people in their own goals.',
    'Share information about therapy options so members can choose their own provider.',
    'Encourage people to keep the counseling appointments they have made.',
    'Offer a therapeutic presence through active listening.',
    'Attend a DBT skills training for staff each spring.',
    'Complete CBT training offered to all employees.',
  ],
});
