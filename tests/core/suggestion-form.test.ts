import { describe, expect, it } from 'vitest';
import { formSuggestion, indefiniteArticle, matchCase, pickNumber } from '../../src/core/rules/suggestion-form.js';

describe('suggestion form', () => {
  it('keeps case and number', () => {
    const s = { singular: 'person with a substance use disorder', plural: 'people with a substance use disorder' };
    expect(matchCase('Addicts', pickNumber(s, true))).toBe('People with a substance use disorder');
    expect(matchCase('ADDICTS', pickNumber(s, true))).toBe('PEOPLE WITH A SUBSTANCE USE DISORDER');
    expect(matchCase('addict', pickNumber(s, false))).toBe('person with a substance use disorder');
    expect(matchCase('SPMI', 'people with serious mental health conditions')).toBe('people with serious mental health conditions');
    expect(matchCase('IV drug users', 'people who inject drugs', true)).toBe('People who inject drugs');
    expect(matchCase('SPMI population', 'people with serious mental health conditions')).toBe(
      'people with serious mental health conditions',
    );
  });
  it('fixes the article when the span took it in', () => {
    expect(formSuggestion('an addict', 'person with a substance use disorder', 'an')).toBe('a person with a substance use disorder');
    expect(formSuggestion('An alcoholic', 'person with alcohol use disorder', 'An')).toBe('A person with alcohol use disorder');
    expect(formSuggestion('a user', 'individual who uses drugs', 'a')).toBe('an individual who uses drugs');
    expect(indefiniteArticle('hour')).toBe('an');
    expect(indefiniteArticle('unique')).toBe('a');
  });
});
