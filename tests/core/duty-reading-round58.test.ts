// Round 58 (session 16): shapes met in an opened blind set (blind31), rewritten in our own words.
// Passing what was learned in peer conversations on to the treatment team; a list item that names
// the same duty twice is one card that marks both ("room checks ... and random room searches").
// Traps: the same with the person's consent (passed before this round: kept as a guard), and an
// advisor who makes sure the input of people with lived experience guides the rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import { describeDutyRound } from './duty-rounds.js';

describeDutyRound('58', {
  conflicting: ['Relays information from peer sessions to the clinical team each morning.'],
  fitting: [
    "Relays information from peer sessions to the clinical team only with the person's consent.",
    'Makes sure the input of people with lived experience guides our house rules.',
  ],
});

describe('one list item that names a duty twice', () => {
  beforeAll(loadPartsOfSpeech);
  it('is one card marking both', () => {
    const text =
      'Youth Peer Mentor\nCrossroads Youth Home | $17 an hour\n\nDuties\n- Make room checks every 20 minutes at night and carry out random room searches for drugs.\n\nQualifications\n- Your own experience of the juvenile justice system as a teen is required.';
    const cards = analyze(text).findings.filter((f) => f.ruleId === 'duty-enforce-rules');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.text).toMatch(/^room checks.*room searches$/);
  });
});
