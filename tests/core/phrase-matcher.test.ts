import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/text/tokenize.js';
import { PhraseMatcher, matcherOf } from '../../src/core/patterns/phrase-matcher.js';
import { compilePattern, PatternError } from '../../src/core/patterns/compile-pattern.js';

function spans(patterns: string[], text: string) {
  const tokens = tokenize(text);
  return matcherOf(patterns)
    .matchAll(tokens)
    .map((m) => text.slice(tokens[m.first]!.start, tokens[m.end - 1]!.end));
}

describe('pattern matching', () => {
  it('matches noun and verb inflections', () => {
    expect(spans(['addict~n'], 'Addicts and an addict; addicted')).toEqual(['Addicts', 'addict']);
    expect(spans(['suffer~v from'], 'She suffered from it; he is suffering from; suffers from')).toEqual([
      'suffered from',
      'suffering from',
      'suffers from',
    ]);
    expect(spans(['battle~v'], 'battling')).toEqual(['battling']);
    expect(spans(['stop~v'], 'stopped stopping')).toEqual(['stopped', 'stopping']);
    expect(spans(['patrol~v', 'submit~v'], 'patrolling patrolled submitted')).toEqual(['patrolling', 'patrolled', 'submitted']);
    expect(spans(['offer~v'], 'offered offerred')).toEqual(['offered']);
    // Greek nouns in -sis make their plural in -ses.
    expect(spans(['crisis~n', 'diagnosis~n'], 'a crisis, two crises, diagnoses, crisises')).toEqual(['crisis', 'crises', 'diagnoses']);
  });
  it('matches alternatives, optional words, numbers and wildcards', () => {
    expect(spans(['(a|an)? schizophrenic'], 'a schizophrenic')).toEqual(['a schizophrenic', 'schizophrenic']);
    expect(spans(['#num (years|months) clean'], 'two years clean, 5 months clean')).toEqual(['two years clean', '5 months clean']);
    expect(spans(['clean * record'], 'clean driving record')).toEqual(['clean driving record']);
    // a number can be one of a group's alternatives
    expect(spans(['team of (#num|several) peers'], 'a team of 5 peers, a team of several peers, a team of some peers')).toEqual([
      'team of 5 peers',
      'team of several peers',
    ]);
  });
  it('matches sequences led by wildcards, only where the words after them join on', () => {
    const patterns = ['* and troubled youth', '* * or #num clients', '* sufferers', 'peer *'];
    expect(spans(patterns, 'homeless and troubled youth; very many or 5 clients')).toEqual([
      'homeless and troubled youth',
      'very many or 5 clients',
    ]);
    // a comma between the wildcard's word and the next breaks the phrase
    expect(spans(patterns, 'homeless, and troubled youth')).toEqual([]);
    expect(spans(patterns, 'pain sufferers and a peer mentor')).toEqual(['pain sufferers', 'peer mentor']);
    // a range that ends before the words after the wildcard holds no match
    const tokens = tokenize('homeless and troubled youth');
    expect(matcherOf(patterns).test(tokens, 0, 3)).toBe(false);
    expect(matcherOf(patterns).test(tokens, 0, 4)).toBe(true);
  });
  it('matches hyphenated, spaced and closed forms', () => {
    expect(spans(['non-compliant'], 'non-compliant, non compliant, noncompliant')).toEqual([
      'non-compliant',
      'non compliant',
      'noncompliant',
    ]);
  });
  it('does not cross sentence punctuation or a blank line', () => {
    expect(spans(['substance abuse'], 'substance. Abuse')).toEqual([]);
    expect(spans(['substance abuse'], 'substance\n\nabuse')).toEqual([]);
    expect(spans(['substance abuse'], 'substance\nabuse')).toEqual(['substance\nabuse']);
  });
  it('marks plural matches', () => {
    const tokens = tokenize('addicts');
    const [m] = new PhraseMatcher<number>().add('addict~n', 1).matchAll(tokens);
    expect(m?.plural).toBe(true);
  });
  it('rejects malformed patterns', () => {
    expect(() => compilePattern('(a|b')).toThrow(PatternError);
    expect(() => compilePattern('*')).toThrow(PatternError);
    expect(() => compilePattern('a||b')).toThrow(PatternError);
  });
  it('keeps the longest-first order at a start, and word-led before #num- and *-led patterns of equal length', () => {
    const tokens = tokenize('5 years clean');
    const m = new PhraseMatcher<string>()
      .add('* years clean', 'any')
      .add('#num years clean', 'num')
      .add('5 years', 'word2')
      .add('5 years clean', 'word');
    expect(m.matchAll(tokens).map((x) => [x.payload, x.end])).toEqual([
      ['word', 3],
      ['num', 3],
      ['any', 3],
      ['word2', 2],
    ]);
  });
});

describe('patterns sharing a long prefix', () => {
  const prefix = Array(14).fill('peer').join(' ');
  const matcher = new PhraseMatcher<number>();
  for (let i = 0; i < 500; i++) matcher.add(`${prefix} x${i}`, i);

  it('finds the one pattern the text completes, among 500 that share 14 words', () => {
    const tokens = tokenize(`Our ${prefix} x377 policy`);
    expect(matcher.matchAll(tokens).map((m) => [m.payload, m.first, m.end])).toEqual([[377, 1, 16]]);
    expect(matcher.test(tokens)).toBe(true);
  });

  it('finds nothing in a long run of the shared word, and every completion after it', () => {
    const run = tokenize(`${'peer '.repeat(20_000)}`);
    expect(matcher.matchAll(run)).toEqual([]);
    expect(matcher.test(run)).toBe(false);
    const tokens = tokenize(`${'peer '.repeat(30)}x1 ${prefix} x2`);
    expect(matcher.matchAll(tokens).map((m) => m.payload)).toEqual([1, 2]);
  });
});

describe('irregular plurals and the words a wildcard took', () => {
  it('gives person nouns their irregular plurals, marked as plurals', () => {
    const tokens = tokenize('addicted women and one addicted man');
    const found = new PhraseMatcher<number>().add('addicted (woman|man)~n', 0).matchAll(tokens);
    expect(found.map((m) => [tokens[m.end - 1]!.norm, m.plural])).toEqual([
      ['women', true],
      ['man', false],
    ]);
  });
  it('names the tokens the * slots of the fitting sequence took', () => {
    const matcher = new PhraseMatcher<number>().add('the (drug|alcohol) addicted', 0).add('the * * addicted', 0).add('the * addicted', 0);
    const take = (text: string) => {
      const tokens = tokenize(text);
      const m = matcher.matchAll(tokens)[0]!;
      return matcher.wildcardTokens(0, tokens, m.first, m.end).map((i) => tokens[i]!.raw);
    };
    expect(take('the chronically homeless addicted')).toEqual(['chronically', 'homeless']);
    expect(take('the newly addicted')).toEqual(['newly']);
    expect(take('the drug addicted')).toEqual([]);
  });
  it('finds the same matches in a long text of few words (read word by word) as range by range', () => {
    const patterns = ['peer support (specialist|worker)?', '#num years clean', 'clean', 'support~v'];
    const sentence = 'Peer support specialists support 2 years clean peers; clean, peer support worker. ';
    const text = sentence.repeat(60);
    const tokens = tokenize(text);
    const matcher = matcherOf(patterns);
    const whole = matcher.matchAll(tokens);
    const byRange = [];
    for (let from = 0; from < tokens.length; from += 7) byRange.push(...matcher.matchAll(tokens, from, Math.min(from + 7, tokens.length)));
    // A range cuts the matches that run past its end: compare those that fit in their range.
    const fits = (m: { first: number; end: number }) => Math.floor(m.first / 7) === Math.floor((m.end - 1) / 7);
    expect(whole.filter(fits)).toEqual(byRange.filter(fits));
    expect(whole.length).toBeGreaterThan(byRange.filter(fits).length);
    expect(matcher.matchAll(tokens, 100, tokens.length)).toEqual(whole.filter((m) => m.first >= 100));
    expect(matcherOf(['recovery coach']).test(tokens)).toBe(false);
  });
  it('reads a copy of the tokens with a gap read otherwise by its own gaps', () => {
    const text = 'Sobriety: 2 years. '.repeat(200);
    const tokens = tokenize(text);
    const matcher = matcherOf(['sobriety #num years']);
    expect(matcher.matchAll(tokens)).toEqual([]);
    const copy = tokens.slice();
    copy[1] = { ...tokens[1]!, gap: 'space' };
    expect(matcher.matchAll(copy).map((m) => [m.first, m.end])).toEqual([[0, 3]]);
    expect(matcher.matchAll(tokens)).toEqual([]);
  });
});
