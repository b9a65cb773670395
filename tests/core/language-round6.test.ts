// Language round 6 (session 15): a shape met in an opened blind set (blind27), rewritten in our own
// words. "People who come to Oak Street are suffering from ..." says it of the people a "who"
// clause describes, though a place's name stands before the verb. Trap: a clinic that people visit
// "suffering from" underfunding (which passed before this round: kept as a guard).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('a subject described by a who clause', () => {
  it('flags pity framing said of the people', () => {
    expect(languageRuleIds('Many of the people who come to Oak Street are suffering from addiction or old trauma.')).toContain(
      'suffering-from',
    );
  });
  it('stays silent on a clinic', () => {
    expect(languageRuleIds('The clinic that people visit is suffering from underfunding.')).not.toContain('suffering-from');
  });
});
