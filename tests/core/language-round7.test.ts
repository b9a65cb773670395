// Language round 7 (session 16): shapes met in two opened blind sets (blind29, blind30), rewritten
// in our own words. "Suffering from" before the initials of a use disorder ("OUD", "SUD") is pity
// framing said of the people; a reference that opens with its authors and year (APA style) cites
// a title, whatever its words, and a long line that only looks like a list of authors is read at
// once. Traps: a budget "suffering from" cuts, and a sentence about a year
// (both passed before this round: kept as guards).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartsOfSpeech } from '../../src/core/index.js';
import { languageRuleIds } from './finding-ids.js';

beforeAll(loadPartsOfSpeech);

describe('suffering from the initials of a disorder', () => {
  it('flags pity framing', () => {
    expect(languageRuleIds('Many neighbors suffering from SUD wait weeks for a detox bed.')).toContain('suffering-from');
  });
  it('stays silent on a budget', () => {
    expect(languageRuleIds('The SUD program is suffering from budget cuts this year.')).not.toContain('suffering-from');
  });
});

describe('a reference that opens with its authors and year', () => {
  it('cites the title, whatever its words', () => {
    expect(
      languageRuleIds(
        'Readings\nGrob, G. N. (1994). The Mad Among Us. Free Press.\n- Lee, J. K., & Ortiz, M. (2019). Addicts and their families.',
      ),
    ).toEqual([]);
  });
  it('still flags a sentence that only names a year', () => {
    expect(languageRuleIds('Readings\nIn 1937 the mentally ill were locked away, the author writes.')).toContain('the-mentally-ill');
  });
});

describe('a long line that is almost a list of authors', () => {
  it('is read at once and cites nothing', () => {
    // Thousands of "Name, X." and a year not in brackets: a reading that tried every way to
    // split the spaces between them would not finish.
    const line = `Smith, A., ${'Lee, B. '.repeat(5000)}and the mentally ill, in 2019.`;
    expect(languageRuleIds(line)).toContain('the-mentally-ill');
  });
});
