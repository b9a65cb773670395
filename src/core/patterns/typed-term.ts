// A term as a user types it (an organization's own term, an allowed phrase) as a pattern, and
// why it could not be found. Apart from the custom-term rules so the lexicon schema can refuse a
// term without importing the rules that run it.
import { PatternError } from './compile-pattern.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { tokenize } from '../text/tokenize.js';

/** Characters with a meaning in the pattern syntax are taken literally as word separators. */
export function termToPattern(term: string): string {
  return term
    .toLowerCase()
    .replace(/[()|?~*#]/g, ' ')
    .replace(/[^\p{L}\p{N}'’ -]/gu, ' ')
    .trim()
    .split(/\s+/)
    .join(' ');
}

/**
 * Why a term cannot be matched in a text, or null when it can. Like a lexicon entry's positive
 * examples, the term written as typed must match its own pattern.
 */
export function customTermProblem(term: string): string | null {
  const pattern = termToPattern(term);
  if (!/[\p{L}\p{N}]/u.test(pattern)) return 'a term needs at least one letter or digit';
  let matcher: PhraseMatcher<number>;
  try {
    matcher = new PhraseMatcher<number>().add(pattern, 0);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    // e.g. "'s": the possessive ending is dropped from words, leaving nothing to match
    return "each word needs letters of its own (a possessive ending such as 's is not a word)";
  }
  if (!matcher.test(tokenize(term)))
    return 'PeerLens would not find this term as written: separate its words with spaces or single hyphens';
  return null;
}
