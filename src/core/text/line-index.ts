// The lines of a text, found once per document and shared by what reads it line by line: the
// structure (headings, where sentences start), reference lines, and the rules that look at the
// line a finding stands on.
import { firstAtLeast } from './sorted-search.js';

export interface Line {
  start: number;
  /** Where the line's text ends: its newline, or the end of the text. */
  end: number;
  text: string;
}

export interface LineIndex {
  /** Every line in order, blank ones included; a text without a newline is one line. */
  readonly lines: readonly Line[];
  /** The index of the line holding `offset` (a newline belongs to the line it ends). */
  lineAt(offset: number): number;
  /** Where the line holding `offset` starts. */
  lineStart(offset: number): number;
}

export function lineIndexOf(text: string): LineIndex {
  const lines: Line[] = [];
  for (let start = 0; ; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  // The lines' starts side by side: rules ask for the line of many offsets (a search with no call per step).
  const starts = Int32Array.from(lines, (l) => l.start);
  // The last line starting at or before the offset (offsets are whole numbers: start > offset is start >= offset + 1).
  const lineAt = (offset: number) => Math.max(0, firstAtLeast(starts, offset + 1, 0) - 1);
  return { lines, lineAt, lineStart: (offset) => lines[lineAt(offset)]!.start };
}
