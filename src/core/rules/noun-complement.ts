// "a bipolar mother of two": the of-phrase belongs to the person noun, so a person-first rewrite
// goes after it ("a mother of two with bipolar disorder"), not between the two. So does a
// with-phrase that names people ("an alcoholic father with three kids"); one that names a thing
// may belong to the verb ("support alcoholic parents with housing") and is left alone.
import type { AnalysisDocument } from '../analysis-document.js';
import { FUNCTION_WORDS, verbFollowsInPlaceOfPeople } from '../nlp/context-checks.js';
import { parseSentence, termCovering } from '../nlp/sentence-parse.js';
import { spaceOrHyphen } from '../text/tokenize.js';

/** The longest phrase read as part of the noun: "of a local pastor", "of the Gulf War". */
const MAX_WORDS = 5;

/**
 * The token after the of-phrase, or the with-phrase ending in a person noun, that follows a person
 * noun ending at `end` ("mother | of two | shared her story"), or `end` when none follows. The phrase stops before a function word, a
 * verb (also one compromise reads as a noun after a noun: "veterans of the Gulf War | need care"),
 * or any mark between words.
 */
export function complementEnd(doc: AnalysisDocument, end: number, sentence: number, personNouns: ReadonlySet<string>): number {
  const head = doc.tokens[end];
  const s = doc.structure.sentences[sentence]!;
  if (!head || end >= s.endTok || (head.norm !== 'of' && head.norm !== 'with') || head.gap !== 'space') return end;
  let j = end + 1;
  let noun = false;
  while (j < s.endTok && j - end <= MAX_WORDS) {
    const t = doc.tokens[j]!;
    if (!spaceOrHyphen(t.gap) || FUNCTION_WORDS.has(t.norm)) break;
    const tags = termCovering(doc.parse(sentence), t.start - s.start)?.tags;
    if (tags?.has('Verb') && !tags.has('Noun')) break;
    if (noun && verbFollowsInPlaceOfPeople(doc.text.slice(t.start, s.end), parseSentence)) break;
    noun ||= Boolean(tags?.has('Noun') && !tags.has('Value'));
    j++;
  }
  if (j === end + 1) return end;
  return head.norm === 'of' || personNouns.has(doc.tokens[j - 1]!.norm) ? j : end;
}
