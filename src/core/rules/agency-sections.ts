// Where a posting describes the agency (its mission, services, programs) rather than the job:
// duties, barriers and the job seeker's qualifications are read only outside those parts.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';

import { oncePerDocument } from './once-per-document.js';
import { underAnotherPosition } from './other-positions.js';

type SentenceFilter = (sentence: number) => boolean;

/** How many words open a sentence where the agency describes itself ("The Eastside Youth Drop-In Center offers"). */
const OPENING_WORDS = 7;

/**
 * Not a section or sentence where the agency describes itself (lexicons/duties.json
 * agencySections). One filter per document: the duty, barrier, qualification and category
 * readers all ask for it.
 */
export const describesTheJob = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons): SentenceFilter => {
  const notTheAgency = filterFor(doc, lex);
  // nor a part of the page under another position's label ("Position 2: Clinician")
  const otherPosition = underAnotherPosition(doc, lex);
  return (i) => otherPosition[i] !== 1 && notTheAgency(i);
});

function filterFor(doc: AnalysisDocument, lex: CompiledLexicons): SentenceFilter {
  const { headings, jobHeadings, sentenceStarts } = lex.agencySections;
  const aboutHeading = doc.structure.headings.map((h) => {
    const range = doc.tokenRange(h.start, h.end);
    return headings.test(doc.tokens, ...range) && !jobHeadings.test(doc.tokens, ...range);
  });
  return (i) => {
    const s = doc.structure.sentences[i]!;
    if (aboutHeading[s.heading]) return false;
    // the sentence's first words ("Our agency ...", "We provide ...", "Services include ...",
    // "The Harbor Street Drop-In Center offers ...": a name of up to three words and its verb)
    return !sentenceStarts.matchAll(doc.tokens, s.first, Math.min(s.endTok, s.first + OPENING_WORDS)).some((m) => m.first === s.first);
  };
}
