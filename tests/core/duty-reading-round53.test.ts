// Round 53 (session 15): shapes met in an opened blind set (blind23), rewritten in our own words.
// Enforcing a level or phase system is enforcing rules, said with a noun as with a verb; testifying
// at a commitment hearing takes part in involuntary commitment. Traps: an applicant who must pass a
// drug screen is screened, not screening; transport named as occasional is no driving job; "share
// it" after "experience of trauma and/or heavy drinking" shares the experience, not someone's
// drinking; applicants asked to disclose something about themselves report on no one. The first four
// conflicting lines passed before this round and are kept as guards; the enforcement of a point
// system was missed inside a longer list sentence, as the last case shows.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('53', {
  conflicting: [
    'Responsible for enforcement of the phase system on the girls unit.',
    'Attends civil commitment proceedings to give testimony for the hospital.',
    'Transport of residents to and from court dates.',
    "Keep a log of residents' drug and alcohol use and report it to the manager.",
    'Goes to commitment hearings to testify for the ward doctor.',
  ],
  fitting: [
    'Pass a background check, a drug screen and a TB test before your start date.',
    'Occasional transport of participants in your own car, with mileage paid.',
    'A lived experience of trauma and/or heavy drinking, and recovery, and the readiness to think about and share it with care.',
    'Applicants are to disclose the day of their most recent use on the form.',
  ],
});

describe('an enforcing duty named with a noun in a list of duties', () => {
  beforeAll(loadPartsOfSpeech);
  it('the card for the sentence covers the enforcement of the point system', () => {
    const text =
      'Youth Peer Mentor\nFull-time, $20 an hour.\n\nDuties\nThe mentor is responsible for watching the hallway, taking part in bag checks with staff, enforcement of the point system, and writing up behavior notes each shift.\n\nQualifications\n- Lived experience of mental health recovery as a young person is required.';
    const cards = analyze(text).findings.filter((f) => f.ruleId === 'duty-enforce-rules');
    expect(cards.map((f) => text.slice(f.start, f.end)).join(' | ')).toContain('enforcement of the point system');
  });
});
