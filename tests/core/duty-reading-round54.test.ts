// Round 54 (session 15): shapes met in opened blind sets (blind24, blind25), rewritten in our own
// words. Supervising "parenting time", the child welfare name for a parent's visits; completing
// reports for a court or a caseworker said with a noun ("completion of monthly reports for the
// judge"); a duty after a circumstance closed by a comma ("when subpoenaed, testifies ..."); a school's
// attendance enforcement, its code of conduct, discipline referrals; raising members' adherence to
// prescribed medication; watching someone one-to-one and writing down what was seen is one duty.
// Traps: documenting all one's interactions, or contacts "in compliance with HIPAA"; the ability to
// drive asked as a qualification; tracking a young person's own goals with them. The discipline
// referrals case passed before this round: kept as a guard.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('54', {
  conflicting: [
    'Responsible for supervision of parenting time at the visit center.',
    'Completion of monthly reports for the judge is expected.',
    'When subpoenaed, testifies at dependency hearings about how the parent is doing.',
    'Takes part in attendance enforcement at two middle schools.',
    'Enforces the district code of conduct at lunch.',
    'Files discipline referrals with the vice principal.',
    'Calls plan members to raise adherence to their prescribed psychiatric medications.',
  ],
  fitting: ['Document all interactions in the care record the same day.', "Driver's license plus the ability to drive the agency van."],
});

describe('watching one-to-one and writing down what was seen', () => {
  beforeAll(loadPartsOfSpeech);
  it('is one card', () => {
    const text =
      'Peer Support Specialist\nHarbor Hospital | $22 an hour\n\nDuties\n- Watches patients placed on 1:1 observation and logs their behavior every quarter hour\n- Leads a recovery group\n\nRequirements\n- Lived experience of mental health recovery';
    const cards = analyze(text).findings.filter((f) => f.ruleId.startsWith('duty-'));
    expect(cards.map((f) => f.ruleId)).toEqual(['duty-enforce-rules']);
  });
});

describeDutyRound('54, the person served sets the goal', {
  conflicting: [],
  fitting: [
    "Keep track of each young person's own goals alongside them.",
    'Records contacts in the health record in compliance with HIPAA and agency policy.',
  ],
});
