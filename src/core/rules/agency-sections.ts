// Where a posting describes the agency (its mission, services, programs) rather than the job:
// duties, barriers and the population a role serves are read only outside those parts.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';

/** Not a section or sentence where the agency describes itself (lexicons/duties.json agencySections). */
export function describesTheJob(doc: AnalysisDocument, lex: CompiledLexicons): (sentence: number) => boolean {
  const { headings, sentenceStarts } = lex.agencySections;
  const aboutHeading = doc.structure.headings.map((h) => headings.test(doc.tokens, ...doc.tokenRange(h.start, h.end)));
  return (i) => {
    const s = doc.structure.sentences[i]!;
    if (aboutHeading[s.heading]) return false;
    // the sentence's first words ("Our agency ...", "We provide ...", "Services include ...")
    return !sentenceStarts.matchAll(doc.tokens, s.first, Math.min(s.endTok, s.first + 4)).some((m) => m.first === s.first);
  };
}

