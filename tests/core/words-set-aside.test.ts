// The words the lived-experience phrases read across: a verb clause set off by commas and
// adverbs by their -ly ending are set aside, with the way back to the document's tokens.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/text/tokenize.js';
import { withoutAsides } from '../../src/core/rules/words-set-aside.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';

/** The shipped word classes the words are found with (lexicons/context.json). */
const { context } = loadLexicons(bundledLexicons);
const ASIDE_WORDS = {
  lyAdjectives: new Set(context.lyAdjectives),
  pastFormsWithoutEd: new Set(context.pastFormsWithoutEd),
  prepositionsAfterVerb: new Set(context.prepositionsAfterVerb),
};

const words = (text: string) => {
  const w = withoutAsides(text, tokenize(text), ASIDE_WORDS);
  return { words: w.tokens.map((t) => t.norm).join(' '), original: w.original ? [...w.original] : null };
};

describe('words set aside for the lived-experience phrases', () => {
  it('sets aside a second verb between commas and joins the object to the first', () => {
    expect(words('You have raised, or are raising, a child').words).toBe('you have raised a child');
    expect(words('must have lived with, and recovered from, an illness').words).toBe('must have lived with an illness');
  });

  it('sets aside one adverb or two joined by or', () => {
    expect(words('people who currently or formerly use drugs').words).toBe('people who use drugs');
    expect(words('has personally lived with it').words).toBe('has lived with it');
  });

  it('keeps the way back to the original tokens', () => {
    expect(words('people who currently or formerly use drugs').original).toEqual([0, 1, 5, 6]);
  });

  it('leaves lists, nouns ending in -ly and a lone comma alone', () => {
    expect(words('mental health, or substance use, and housing').original).toBeNull();
    expect(words('elderly parents and family members').original).toBeNull();
    expect(words('You have raised a child, or helped raise one').original).toBeNull();
  });

  it('reads a past form without -ed and a preposition ending a verb from the lists (lexicons/context.json)', () => {
    expect(words('You have been, or are still living, through it').words).toBe('you have been through it');
    expect(words('has lived with, or is now facing, an illness').words).toBe('has lived with an illness');
    const without = (list: 'pastFormsWithoutEd' | 'prepositionsAfterVerb', text: string) =>
      withoutAsides(text, tokenize(text), { ...ASIDE_WORDS, [list]: new Set<string>() }).original;
    expect(without('pastFormsWithoutEd', 'You have been, or are still living, through it')).toBeNull();
    expect(without('prepositionsAfterVerb', 'has lived with, or is now facing, an illness')).toBeNull();
  });
});
