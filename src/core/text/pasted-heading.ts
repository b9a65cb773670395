// Headings pasted without the blank lines the document structure reads headings by: a job
// board's sections copied from a page ("Job overview" right above its paragraph).
import type { Line } from './line-index.js';

/** Words in a sentence-case heading written with no blank line around it ("Main duties of the job"). */
const BARE_HEADING_MAX_WORDS = 6;
/** Words in the line under it that make that line running text, not another heading. */
const RUNNING_TEXT_MIN_WORDS = 8;

const SPACES = /\s+/g;

/** Whether trimmed `text` holds more than `most` words (as split on white space), reading no further than that. */
function moreWordsThan(text: string, most: number): boolean {
  SPACES.lastIndex = 0;
  let words = 1;
  while (SPACES.exec(text) !== null) if (++words > most) return true;
  return false;
}

/**
 * A short line that opens with a capital and ends with no punctuation, right above running text
 * or a list: a heading pasted without the blank lines the structure reads headings by ("Job
 * overview" above a paragraph, as a job board's sections come out of a copied page).
 */
function readHeadsABlock(lines: readonly Line[], i: number): boolean {
  const t = lines[i]!.text.trim();
  if (!/^\p{Lu}/u.test(t) || /[.!?,;:]$/.test(t) || moreWordsThan(t, BARE_HEADING_MAX_WORDS)) return false;
  const next = lines[i + 1]?.text.trim() ?? '';
  return /^([-*•]|\d+[.)])\s/.test(next) || moreWordsThan(next, RUNNING_TEXT_MIN_WORDS - 1);
}

/** Per line of a document, whether it heads a block, read once: several rules ask. */
const readLines = new WeakMap<readonly Line[], Uint8Array>();

export function headsABlock(lines: readonly Line[], i: number): boolean {
  let heads = readLines.get(lines);
  if (!heads) {
    heads = new Uint8Array(lines.length);
    for (let k = 0; k < lines.length; k++) heads[k] = readHeadsABlock(lines, k) ? 1 : 0;
    readLines.set(lines, heads);
  }
  return heads[i] === 1;
}
