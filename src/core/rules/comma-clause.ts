// Whether words stand in one clause: between them only spaces, hyphens and commas. A colon, a
// semicolon, a dash, a new line or a sentence's end closes the clause.
import type { AnalysisDocument } from '../analysis-document.js';

/** The gaps before tokens firstGap..lastGap (both included) hold nothing but spaces, hyphens and commas. */
export function onlyCommasBetween(doc: AnalysisDocument, firstGap: number, lastGap: number): boolean {
  for (let k = firstGap; k <= lastGap; k++) {
    const t = doc.tokens[k]!;
    if (t.gap === 'line' || t.gap === 'break' || t.gap === 'start') return false;
    if (t.gap === 'punct' && doc.text.slice(doc.tokens[k - 1]!.end, t.start).trim() !== ',') return false;
  }
  return true;
}
