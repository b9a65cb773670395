// Round 45 (session 12): shapes met in an opened blind set (blind12), rewritten in our own words:
// duties written as nouns and passives. Signing the medication record, transportation as the
// job's primary responsibility, an adherence report for the prescriber, progress summaries
// submitted to a court, testimony at review hearings, being assigned a group of youth, and
// helping the front desk with check-in. Guards: going with people to their hearings, helping
// people keep their own medication log.
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('45', {
  conflicting: [
    'Watch residents take their evening medications and sign the MAR.',
    "The specialist's main responsibility is transportation between homes, school and the clinic.",
    'Completion of the weekly adherence report for the prescriber is expected.',
    'Progress reports on each participant are sent to the treatment court team every month.',
    'Provides testimony at status hearings on how each young person is doing.',
    'Each specialist is assigned a roster of 15 young people on diversion.',
    'Help the front desk with check-in and phones when it is busy.',
  ],
  fitting: [
    'Go with young people to their status hearings when they want someone there.',
    'Help people keep their own medication log if they want one.',
    'Walk with people to the front desk and introduce them to the team.',
  ],
});
