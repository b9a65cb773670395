// The scan skips a walk from a word whose phrases all need a certain next word when the next
// token is not one of them (WordCheck.mayContinue). These cases pin what must still be walked:
// a phrase that ends at the word, a number or `*` after it, a number word that also takes the
// root's number slot, a next word across a gap a phrase does not run on, and long scans.
import { describe, expect, it } from 'vitest';
import { matcherOf } from '../../src/core/patterns/phrase-matcher.js';
import { tokenize } from '../../src/core/text/tokenize.js';

function spans(patterns: string[], text: string) {
  const tokens = tokenize(text);
  return matcherOf(patterns)
    .matchAll(tokens)
    .map((m) => text.slice(tokens[m.first]!.start, tokens[m.end - 1]!.end));
}

describe('the next-word check before a walk', () => {
  it('finds two-word phrases only where the second word follows', () => {
    expect(spans(['peer support', 'peer mentor'], 'a peer, a peer mentor and peer support')).toEqual(['peer mentor', 'peer support']);
    expect(spans(['peer support'], 'peer. support')).toEqual([]);
    expect(spans(['peer support'], 'peer-support')).toEqual(['peer-support']);
    expect(spans(['peer support'], 'the last word is peer')).toEqual([]);
  });
  it('still walks when a phrase ends at the word, or a number or any word follows it', () => {
    expect(spans(['peer', 'peer support'], 'peer support and peer')).toEqual(['peer support', 'peer', 'peer']);
    expect(spans(['step #num'], 'step 12 and step two, not step up')).toEqual(['step 12', 'step two']);
    expect(spans(['clean * record'], 'clean driving record, clean record')).toEqual(['clean driving record']);
  });
  it('still walks a number word that also starts a #num phrase', () => {
    expect(spans(['two people', '#num years'], 'two years and two people; 5 years')).toEqual(['two years', 'two people', '5 years']);
  });
  it('reads the third word only where the first two leave nothing else open', () => {
    const three = ['mental health services', 'mental health care'];
    expect(spans(three, 'mental health, mental health services and mental health-care')).toEqual([
      'mental health services',
      'mental health-care',
    ]);
    expect(spans(three, 'mental health. services; mental health')).toEqual([]);
    // a phrase that ends after two words, or a number or any word third, is still walked
    expect(spans([...three, 'mental health'], 'mental health first')).toEqual(['mental health']);
    expect(spans(['clean for #num years', 'clean for good'], 'clean for 2 years, clean for good, clean for now')).toEqual([
      'clean for 2 years',
      'clean for good',
    ]);
    expect(spans(['peer support *', 'peer support groups'], 'peer support groups; peer support')).toEqual([
      'peer support groups',
      'peer support groups',
    ]);
  });
  it('gives the same answers in a long scan, where starts are read per distinct word', () => {
    const text = `${'peer work and recovery support. '.repeat(100)}peer support`;
    expect(spans(['peer support', 'recovery coach'], text)).toEqual(['peer support']);
    expect(matcherOf(['recovery coach']).test(tokenize(text))).toBe(false);
    expect(matcherOf(['peer support']).test(tokenize(text))).toBe(true);
  });
});
