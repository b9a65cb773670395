// Spans inside quotation marks: a document quoting a term is discussing it (a language guide,
// a person's own words), so language rules stay silent there.

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
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s === -1) break;
      // an apostrophe inside a word (don't, clients') is not an opening quote
      if (apostropheLike && isWordChar(text[s - 1])) {
        from = s + 1;
        continue;
      }
      let e = text.indexOf(close, s + 1);
      while (e !== -1 && apostropheLike && isWordChar(text[e + 1])) e = text.indexOf(close, e + 1);
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

export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  // spans are few; a linear scan with an early exit keeps this simple
  for (const s of spans) {
    if (s.start > start) return false;
    if (start >= s.start && end <= s.end) return true;
  }
  return false;
}
