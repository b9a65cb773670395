// Where a posting describes the agency (its mission, services, programs) rather than the job:
// duties, barriers and the job seeker's qualifications are read only outside those parts.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';

type SentenceFilter = (sentence: number) => boolean;

/** One filter per document: the duty, barrier and qualification readers all ask for it. */
const built = new WeakMap<AnalysisDocument, { lex: CompiledLexicons; filter: SentenceFilter }>();

/** Not a section or sentence where the agency describes itself (lexicons/duties.json agencySections). */
export function describesTheJob(doc: AnalysisDocument, lex: CompiledLexicons): SentenceFilter {
  const known = built.get(doc);
  if (known?.lex === lex) return known.filter;
  const filter = filterFor(doc, lex);
  built.set(doc, { lex, filter });
  return filter;
}

function filterFor(doc: AnalysisDocument, lex: CompiledLexicons): SentenceFilter {
  const { headings, jobHeadings, sentenceStarts } = lex.agencySections;
  const aboutHeading = doc.structure.headings.map((h) => {
    const range = doc.tokenRange(h.start, h.end);
    return headings.test(doc.tokens, ...range) && !jobHeadings.test(doc.tokens, ...range);
  });
  return (i) => {
    const s = doc.structure.sentences[i]!;
    if (aboutHeading[s.heading]) return false;
    // the sentence's first words ("Our agency ...", "We provide ...", "Services include ...")
    return !sentenceStarts.matchAll(doc.tokens, s.first, Math.min(s.endTok, s.first + 4)).some((m) => m.first === s.first);
  };
}
