// Spans inside quotation marks: a document quoting a term is discussing it (a language guide,
// a person's own words), so language rules stay silent there.
import { firstStartingAtOrAfter } from '../text/sorted-search.js';

export interface Span {
  start: number;
  end: number;
}

const PAIRS: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"],
];
/** A quote longer than this is more likely an unmatched mark than a quotation. */
const MAX_QUOTE = 400;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    const apostropheLike = open === "'" || open === '‘';
    // The first closing mark at or after a position. Openings are visited left to right, so the
    // last answer is reused until it is passed: one scan of the text per pair, even when
    // thousands of openings have no closing mark.
    let nextClose = -2;
    const closeFrom = (at: number) => {
      if (nextClose === -1 || nextClose >= at) return nextClose;
      let e = text.indexOf(close, at);
      while (e !== -1 && apostropheLike && isWordChar(text[e + 1])) e = text.indexOf(close, e + 1);
      nextClose = e;
      return e;
    };
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s === -1) break;
      // an apostrophe inside a word (don't, clients') is not an opening quote
      if (apostropheLike && isWordChar(text[s - 1])) {
        from = s + 1;
        continue;
      }
      const e = closeFrom(s + 1);
      if (e === -1 || e - s > MAX_QUOTE || text.slice(s, e).includes('\n\n')) {
        from = s + 1;
        continue;
      }
      spans.push({ start: s + 1, end: e });
      from = e + 1;
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Is [start, end) inside one of the spans (sorted by start, as quotedSpans returns them)? */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  // The spans starting at or before `start` (offsets are whole numbers), then back only as far as a
  // quote can reach: no span is longer than MAX_QUOTE.
  const lo = firstStartingAtOrAfter(spans, start + 1);
  for (let i = lo - 1; i >= 0 && spans[i]!.start >= start - MAX_QUOTE; i--) if (end <= spans[i]!.end) return true;
  return false;
}
