// Sentences under a heading whose words a matcher finds ("Supplemental Questionnaire", "What we
// don't need to know"): the checks that skip or read a section by its heading ask this.
import type { AnalysisDocument } from '../analysis-document.js';
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';

/** Whether a sentence stands under a heading the matcher finds words in; each heading read once. */
export function underHeadingMatching<T>(doc: AnalysisDocument, matcher: PhraseMatcher<T>): (sentence: number) => boolean {
  const { headings, sentences } = doc.structure;
  const matching = headings.map((h) => matcher.test(doc.tokens, ...doc.tokenRange(h.start, h.end)));
  return (s) => matching[sentences[s]!.heading] === true;
}
