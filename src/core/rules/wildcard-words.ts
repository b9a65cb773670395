// A suggestion keeps the words a match took in its pattern's `*` slots (PhraseMatcher's
// wildcardTokens): "{*}" in a suggestion stands for them, so "mentally ill homeless
// individuals" becomes "homeless people with mental health conditions", not losing "homeless".
import { FUNCTION_WORDS, verbFollowsInPlaceOfPeople } from '../nlp/context-checks.js';
import { parseSentence } from '../nlp/sentence-parse.js';
import type { Token } from '../text/tokenize.js';

export const KEPT_WORDS = '{*}';

/**
 * Kept words describe the people ("homeless", "young", "chronically homeless"): a function word
 * there, or a word that reads as a verb in place of people ("the mentally ill need people"),
 * means the match ran across a clause. `rest` is the text from the first kept word to the end
 * of its sentence.
 */
export function keptWordsDescribe(taken: readonly number[], tokens: readonly Token[], rest: string): boolean {
  if (taken.length === 0) return true;
  if (taken.some((i) => FUNCTION_WORDS.has(tokens[i]!.norm))) return false;
  return !verbFollowsInPlaceOfPeople(rest, parseSentence);
}

/** The suggestion with "{*}" replaced by the kept text (or dropped when there is none). */
export function withKeptWords(suggestion: string, kept: string): string {
  if (!suggestion.includes(KEPT_WORDS)) return suggestion;
  return suggestion.replace(KEPT_WORDS, kept).replace(/\s+/g, ' ').trim();
}
