// The sentence around a finding, for reports read away from the document: "…before [match]
// after…". Sentences end at . ! ? followed by a space, at a blank line, or where a list item
// starts; single line breaks do not end one, since PDF text breaks lines mid-sentence.

export interface FindingContext {
  before: string;
  match: string;
  after: string;
  /** The sentence was cut to fit: show an ellipsis on that side. */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** Characters of context kept on each side of the match at most. */
export const CONTEXT_CHARS = 160;

const SENTENCE_END = /[.!?]["'”’)\]]*\s/g;
const BLOCK_BREAK = /\n\s*\n|\n(?=[ \t]*(?:[-*•▪◦]|\d{1,3}[.)])\s)/g;

/** How far to look for a sentence boundary: beyond it the context is clipped anyway, and a
 * bounded window keeps a 5 MB document with many findings linear. */
const WINDOW = 4 * CONTEXT_CHARS;

function sentenceStart(text: string, start: number): number {
  const base = Math.max(0, start - WINDOW);
  const head = text.slice(base, start);
  let from = 0;
  for (const re of [SENTENCE_END, BLOCK_BREAK]) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) from = Math.max(from, m.index + m[0].length);
  }
  return base + from;
}

function sentenceEnd(text: string, end: number): number {
  const tail = text.slice(end, end + WINDOW);
  let to = tail.length;
  for (const re of [SENTENCE_END, BLOCK_BREAK]) {
    re.lastIndex = 0;
    const m = re.exec(tail);
    if (m) to = Math.min(to, re === SENTENCE_END ? m.index + m[0].trimEnd().length : m.index);
  }
  return end + to;
}

/** A list item's bullet or number is layout, not part of the sentence. */
const LIST_MARKER = /^(?:[-*•▪◦]|\d{1,3}[.)])\s+/;

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

/** Cuts at a word boundary, keeping the end nearest the match. */
function clip(text: string, keepEnd: boolean, max: number): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  if (keepEnd) {
    const cut = text.slice(text.length - max);
    const space = cut.indexOf(' ');
    return { text: space > 0 && space < max / 3 ? cut.slice(space + 1) : cut, clipped: true };
  }
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return { text: space > (max * 2) / 3 ? cut.slice(0, space) : cut, clipped: true };
}

export function findingContext(text: string, start: number, end: number, max = CONTEXT_CHARS): FindingContext {
  const from = sentenceStart(text, start);
  const to = Math.max(end, sentenceEnd(text, end));
  const before = clip(oneLine(text.slice(from, start)).trimStart().replace(LIST_MARKER, ''), true, max);
  const after = clip(oneLine(text.slice(end, to)).trimEnd(), false, max);
  return {
    before: before.text,
    match: oneLine(text.slice(start, end)),
    after: after.text,
    clippedBefore: before.clipped,
    clippedAfter: after.clipped,
  };
}
