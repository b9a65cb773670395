import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { PhraseMatcher, matcherOf } from './phrase-matcher.js';
import { compilePattern, PatternError } from './compile-pattern.js';

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
  });
  it('matches alternatives, optional words, numbers and wildcards', () => {
    expect(spans(['(a|an)? schizophrenic'], 'a schizophrenic')).toEqual(['a schizophrenic', 'schizophrenic']);
    expect(spans(['#num (years|months) clean'], 'two years clean, 5 months clean')).toEqual([
      'two years clean',
      '5 months clean',
    ]);
    expect(spans(['clean * record'], 'clean driving record')).toEqual(['clean driving record']);
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
});
