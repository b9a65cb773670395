// Language round 5 (session 15): shapes met in an opened blind set (blind23), rewritten in our own
// words. "Someone you love is suffering from ..." says it of a person: the clause "you love"
// describes the someone before it. "High functioning professionals" ranks people by functioning as
// "high functioning clients" does. Traps: a program someone loves suffering from low enrollment; a
// high functioning team.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const ids = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.family === 'language')
    .map((f) => f.ruleId);

describe('a person described by a clause', () => {
  it('flags pity framing said of someone you love', () => {
    expect(ids('If someone you love is suffering from an eating disorder, call our line.')).toContain('suffering-from');
  });
  it('stays silent on a program', () => {
    expect(ids('The class we love is suffering from low enrollment this spring.')).not.toContain('suffering-from');
  });
});

describe('functioning levels', () => {
  it('flags high functioning professionals', () => {
    expect(ids('Our clinic also sees high functioning professionals with panic attacks.')).toContain('high-functioning');
  });
  it('stays silent on a team', () => {
    expect(ids('Join a high functioning team of nurses and peers.')).not.toContain('high-functioning');
  });
});
