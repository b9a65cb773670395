// The job listing reader counts a line's words by hand over ASCII lines; these hold the counts to
// the word expression they replaced (a letter, then letters, apostrophes and hyphens).
import { describe, expect, it } from 'vitest';
import { randomTexts } from './random-texts.js';
import { wordCounts } from '../../src/core/rules/job-listing.js';

const WORD = /\p{L}[\p{L}'’-]*/gu;

function expected(line: string) {
  const all = line.match(WORD) ?? [];
  return { words: all.length, lowerCase: all.filter((x) => /^[a-z]/.test(x)).length };
}

describe('wordCounts counts what the word expression matches', () => {
  const cases = [
    'Peer Support Specialist - North Clinic',
    'Seattle, WA · Full-time · Posted 5 days ago',
    "we're hiring a peer-run team's lead, 2nd shift",
    "-a 'b' c-- d1e --",
    'Café Müller, naïve',
    '',
  ];
  for (const line of cases) it(JSON.stringify(line), () => expect(wordCounts(line)).toEqual(expected(line)));

  it('on 20,000 random short ASCII lines', () => {
    const alphabet = ['a', 'Z', 'q', "'", '-', ' ', '1', '.', ',', '_', '\t'];
    const differing = randomTexts(11, alphabet, 20_000, { min: 0, max: 13 }).filter(
      (line) => JSON.stringify(wordCounts(line)) !== JSON.stringify(expected(line)),
    );
    expect(differing).toEqual([]);
  });
});
