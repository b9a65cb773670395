// The bracket a span sits in, read gap by gap from the span's words (only gaps that are not a
// space or a hyphen are looked at), so a long sentence costs no copy of its text.
import type { AnalysisDocument } from '../analysis-document.js';

/** The first word inside the bracket that opens before token `first` in its sentence and is not
 * closed before it, or -1. */
export function openBracketBefore(doc: AnalysisDocument, first: number, sentenceFirst: number): number {
  const { tokens, text } = doc;
  for (let k = first; k > sentenceFirst; k--) {
    const t = tokens[k]!;
    if (t.gap === 'space' || t.gap === 'hyphen') continue;
    const between = text.slice(tokens[k - 1]!.end, t.start);
    const open = between.lastIndexOf('(');
    const close = between.lastIndexOf(')');
    if (open > close) return k;
    if (close >= 0) return -1;
  }
  return -1;
}

/** The token after the bracket that closes after token `from` (exclusive end of the words in it),
 * or the sentence's end when it does not close there. */
export function bracketCloseAfter(doc: AnalysisDocument, from: number, sentenceEnd: number): number {
  const { tokens, text } = doc;
  for (let k = from + 1; k < sentenceEnd; k++) {
    const t = tokens[k]!;
    if (t.gap === 'space' || t.gap === 'hyphen') continue;
    if (text.slice(tokens[k - 1]!.end, t.start).includes(')')) return k;
  }
  return sentenceEnd;
}
