// Headings pasted without the blank lines the document structure reads headings by: a job
// board's sections copied from a page ("Job overview" right above its paragraph).
import type { Line } from './line-index.js';

/** Words in a sentence-case heading written with no blank line around it ("Main duties of the job"). */
const BARE_HEADING_MAX_WORDS = 6;
/** Words in the line under it that make that line running text, not another heading. */
const RUNNING_TEXT_MIN_WORDS = 8;

/**
 * A short line that opens with a capital and ends with no punctuation, right above running text
 * or a list: a heading pasted without the blank lines the structure reads headings by ("Job
 * overview" above a paragraph, as a job board's sections come out of a copied page).
 */
export function headsABlock(lines: readonly Line[], i: number): boolean {
  const t = lines[i]!.text.trim();
  if (!/^\p{Lu}/u.test(t) || /[.!?,;:]$/.test(t) || t.split(/\s+/).length > BARE_HEADING_MAX_WORDS) return false;
  const next = lines[i + 1]?.text.trim() ?? '';
  return /^([-*•]|\d+[.)])\s/.test(next) || next.split(/\s+/).length >= RUNNING_TEXT_MIN_WORDS;
}
