// A suggestion keeps the rest of the phrase it replaces. "{*}" stands for the words the match
// took in its pattern's `*` slots (PhraseMatcher's wildcardTokens), "{person}" for the person
// noun it ends in: "mentally ill homeless individuals" becomes "homeless individuals with mental
// health conditions", "schizophrenic mothers" "mothers with schizophrenia".
import { FUNCTION_WORDS, verbFollowsInPlaceOfPeople } from '../nlp/context-checks.js';
import { parseSentence, termCovering } from '../nlp/sentence-parse.js';
import type { Token } from '../text/tokenize.js';

export const KEPT_WORDS = '{*}';
const DETERMINERS = new Set('a an the this that these those our their his her its my your some any all no each every'.split(' '));
export const KEPT_PERSON = '{person}';
/** Words that open a clause of their own ("mentally ill after his son died"): never describing words. */
const CLAUSE_OPENERS = new Set('after before since until when while if because once though although unless so but like'.split(' '));

/** Does a suggestion keep words of the phrase it replaces? */
export const keepsWords = (suggestion: string): boolean => suggestion.includes(KEPT_WORDS) || suggestion.includes(KEPT_PERSON);

/**
 * Kept words describe the people ("homeless", "young", "chronically homeless") or keep a time ("a
 * decade"): a function word there, a clause opener ("after his son"), a determiner as the last of them ("the sufferers"), or a word that reads as a verb in place of people ("the mentally ill need people"),
 * means the match ran across a clause. `rest` is the text from the first kept word to the end
 * of its sentence.
 */
export function keptWordsDescribe(taken: readonly number[], tokens: readonly Token[], rest: string): boolean {
  if (taken.length === 0) return true;
  // A serial "and" inside a list that a comma opened stays ("homeless, and jobless men",
  // "addicted, homeless and jobless youth").
  const serialAnd = (i: number, k: number) =>
    k > 0 &&
    k < taken.length - 1 &&
    (tokens[i]!.norm === 'and' || tokens[i]!.norm === 'or') &&
    taken.slice(0, k + 1).some((t) => tokens[t]!.gap === 'punct');
  if (taken.some((i, k) => (FUNCTION_WORDS.has(tokens[i]!.norm) && !serialAnd(i, k)) || CLAUSE_OPENERS.has(tokens[i]!.norm))) return false;
  if (DETERMINERS.has(tokens[taken.at(-1)!]!.norm)) return false;
  if (nounThenVerb(taken, tokens, rest)) return false;
  // The first of a list a comma opened ("unhoused, and jobless adults") describes, though it
  // reads as a verb after "people".
  if (taken.length > 1 && tokens[taken[1]!]!.gap === 'punct') return true;
  return !verbFollowsInPlaceOfPeople(rest, parseSentence);
}

/** "The team serves mentally ill ...": a noun and then its verb among the kept words are a
 * clause's subject and verb, not words that describe people. Read only when two or more words
 * were kept, from the parse of `rest` (which starts at the first kept word). */
function nounThenVerb(taken: readonly number[], tokens: readonly Token[], rest: string): boolean {
  if (taken.length < 2) return false;
  const terms = parseSentence(rest);
  const base = tokens[taken[0]!]!.start;
  const tagsOf = (i: number) => termCovering(terms, tokens[i]!.start - base)?.tags;
  return taken.some((i, k) => {
    // "court-involved" is one word; a comma or "and" between them parts two describing words.
    if (k === 0 || tokens[i]!.gap !== 'space' || taken[k - 1] !== i - 1) return false;
    const tags = tagsOf(i);
    const before = tagsOf(taken[k - 1]!);
    const finiteVerb = tags?.has('Verb') && !tags.has('Gerund') && !tags.has('Participle') && !tags.has('Adjective');
    return Boolean(finiteVerb && before?.has('Noun') && !before.has('Possessive') && !before.has('Adjective'));
  });
}

/**
 * The suggestion with "{*}" replaced by the kept text (or dropped when there is none) and
 * "{person}" by the person noun the match ends in (else "person" or "people").
 */
export function withKeptWords(suggestion: string, kept: string, personNoun: string | null, plural: boolean): string {
  if (!keepsWords(suggestion)) return suggestion;
  return suggestion
    .replace(KEPT_WORDS, kept)
    .replace(KEPT_PERSON, personNoun ?? (plural ? 'people' : 'person'))
    .replace(/\s+/g, ' ')
    .trim();
}
