// Maps finding offsets in the analyzer's text (Report.text) to DOM Ranges on the page.
// The analyzer may frame the page text (title and organization first, its own separators), and a
// JSON-LD description is not the page's text at all; so the page text is found inside the
// report text when it is there verbatim, and otherwise each span is matched by its words and
// the text around it.
import { rangeAt } from './text-node-map.js';
import type { TextMap } from './types.js';

const CONTEXT = 40;

export type Locator = (start: number, end: number) => Range | null;

export function createLocator(anchor: TextMap, reportText: string): Locator {
  const base = anchor.text ? reportText.indexOf(anchor.text) : -1;
  return (start, end) => {
    if (!(end > start) || start < 0 || end > reportText.length) return null;
    if (base >= 0) {
      // Spans outside the page text (e.g. in a title the analyzer prepended) are not on the page.
      if (start < base || end > base + anchor.text.length) return null;
      return rangeAt(anchor, start - base, end - base);
    }
    const at = matchSpan(anchor.text, reportText, start, end);
    return at ? rangeAt(anchor, at[0], at[1]) : null;
  };
}

/** Where the span [start, end) of `from` stands in `target`, judged by its text and its context. */
export function matchSpan(target: string, from: string, start: number, end: number): [number, number] | null {
  const needle = from.slice(start, end).trim();
  if (!needle) return null;
  const lead = from.slice(start, end).indexOf(needle);
  const pattern = new RegExp(escapeRegExp(needle).replace(/\s+/g, '\\s+'), 'g');
  const before = squash(from.slice(Math.max(0, start + lead - CONTEXT), start + lead));
  const after = squash(from.slice(start + lead + needle.length, start + lead + needle.length + CONTEXT));
  let best: [number, number] | null = null;
  let bestScore = -1;
  for (let m = pattern.exec(target); m; m = pattern.exec(target)) {
    const s = m.index;
    const e = s + m[0].length;
    const score =
      commonSuffix(before, squash(target.slice(Math.max(0, s - CONTEXT), s))) + commonPrefix(after, squash(target.slice(e, e + CONTEXT)));
    if (score > bestScore) {
      best = [s, e];
      bestScore = score;
    }
  }
  return best;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
