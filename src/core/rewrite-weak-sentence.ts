// Where the rewrite's lived-experience requirement goes when the text already has a weaker
// sentence about lived experience ("… is a plus", "… preferred"): in its place, so the revised
// text does not keep the weak sentence and add a contradicting one below it.
import type { Finding } from './types.js';

/** Longer than this, the sentence says more than lived experience: it is kept, and the requirement added. */
const MAX_SENTENCE_CHARS = 240;

/** A list marker or leading space kept in front of the replaced sentence. */
const LEAD = /^[ \t]*(?:[-*•·▪◦]|\d{1,3}[.)])?[ \t]*/;

/**
 * The sentence holding a finding's span, without its list marker and with its closing
 * punctuation: [start, end) in the text; null when the finding has no span or the sentence
 * is too long to be only about lived experience.
 */
export function weakSentenceSpan(text: string, finding: Finding): [number, number] | null {
  if (finding.end <= finding.start || text.slice(finding.start, finding.end) !== finding.text) return null;
  let start = finding.start;
  while (start > 0 && text[start - 1] !== '\n' && !(/[.!?;]/.test(text[start - 1]!) && /\s/.test(text[start] ?? ''))) start--;
  const lineRest = text.slice(start, finding.start);
  start += LEAD.exec(lineRest)?.[0].length ?? 0;
  let end = finding.end;
  while (end < text.length && text[end] !== '\n' && !(/[.!?;]/.test(text[end]!) && (end + 1 === text.length || /\s/.test(text[end + 1]!))))
    end++;
  if (end < text.length && text[end] !== '\n') end++; // its closing mark
  while (end > start && /[ \t]/.test(text[end - 1]!)) end--;
  if (end - start > MAX_SENTENCE_CHARS) return null;
  return [start, end];
}
