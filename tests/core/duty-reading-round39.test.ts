// Round 39 (session 11): a watching line that ends "and let the nurse know" reports what it
// watched for (behaviour, signs of use) to staff; information about a diagnosis given to
// families is no diagnosing; and a report joined to the compliance watching it reports is one
// card whose highlight covers both verbs; "it" after "share" stands for the lived experience
// named before, not for the substance use that completes it ("recovery from substance use, and
// willingness to share it"). Written in our own words; none is taken from a real
// document.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('39', {
  conflicting: [
    'Keep an eye out for drug-seeking behavior and let the nurse know.',
    'Watch for any signs of alcohol use on the unit and tell the charge nurse.',
    'Look for changes in behaviour during groups and let the clinical team know.',
    'Give families information about diagnosis at the first visit and assign a provisional diagnosis at intake.',
  ],
  fitting: [
    'Offer emotional support and plain information about diagnosis, treatment and rights.',
    'Help parents make sense of their child’s diagnosis and prepare questions for the doctor.',
    'Support members who are learning to cope with a new diagnosis.',
    'Model calm behavior in the lounge and share your own recovery story with staff and members.',
    'Coach the team on responding to behaviors that frighten them without calling security.',
    'Lived experience of recovery from substance use, and willingness to share it.',
    'A personal history of drug use and the wish to share it with participants.',
  ],
});

describe('a report joined to the compliance watching it reports', () => {
  beforeAll(loadPartsOfSpeech);
  const text =
    'Peer Support Specialist\nFull-time, $20 an hour.\n\nDuties\n- Track medication adherence and let the nurse know about missed doses\n- Lead peer groups and share your own story.';
  it('is one card that marks both verbs', () => {
    const duties = analyze(text).findings.filter((f) => f.ruleId.startsWith('duty-'));
    expect(duties.map((f) => text.slice(f.start, f.end))).toEqual(['Track medication adherence and let the nurse know about missed doses']);
  });
});
