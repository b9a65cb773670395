// Round 26f (issue 9, class 5): whose act a duty names. "it" after "collect family feedback" is the
// feedback, not the family. Guard: a possessor stays what "it" stands for ("the van's log ... wash it").
// Each case failed on the session's start commit (01b02e7) except the guards, which say so.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const duties = (line: string) =>
  analyze(
    [
      'Peer Support Specialist',
      'Pay: $20 an hour. Apply online.',
      'Lived experience of recovery required.',
      '',
      'Duties',
      '- Support members in the goals they choose.',
      `- ${line}`,
    ].join('\n'),
  )
    .findings.filter((f) => f.ruleId.startsWith('duty-'))
    .map((f) => `${f.ruleId}: ${f.text}`);

describe('whose act a duty names', () => {
  it('"gather family feedback and bring it to the director" carries the feedback, nobody is driven', () => {
    expect(duties('Gather family feedback and bring it to the director each month.')).toEqual([]);
  });
  it('guard (passed before): a possessor is what "it" stands for ("the van\'s log ... wash it")', () => {
    expect(
      duties("Keep the van's log up to date, refuel the van and wash it weekly.").some((d) => d.startsWith('duty-washing-vehicles')),
    ).toBe(true);
  });
});
