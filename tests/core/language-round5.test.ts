// Language round 5 (session 15): shapes met in an opened blind set (blind23), rewritten in our own
// words. "Someone you love is suffering from ..." says it of a person: the clause "you love"
// describes the someone before it. "High functioning professionals" ranks people by functioning as
// "high functioning clients" does. Traps: a program someone loves suffering from low enrollment; a
// high functioning team.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('a person described by a clause', () => {
  it('flags pity framing said of someone you love', () => {
    expect(languageRuleIds('If someone you love is suffering from an eating disorder, call our line.')).toContain('suffering-from');
  });
  it('stays silent on a program', () => {
    expect(languageRuleIds('The class we love is suffering from low enrollment this spring.')).not.toContain('suffering-from');
  });
});

describe('functioning levels', () => {
  it('flags high functioning professionals', () => {
    expect(languageRuleIds('Our clinic also sees high functioning professionals with panic attacks.')).toContain('high-functioning');
  });
  it('stays silent on a team', () => {
    expect(languageRuleIds('Join a high functioning team of nurses and peers.')).not.toContain('high-functioning');
  });
});
