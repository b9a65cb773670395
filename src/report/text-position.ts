// Offsets -> "line:col" for people. Lines and columns count from 1; columns in UTF-16 units,
// like the offsets themselves.
import { firstIndexWhere } from '../core/text/sorted-search.js';

export interface TextPosition {
  line: number;
  column: number;
}

/** Start offsets of each line, for repeated lookups in one text. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): TextPosition {
  // The last line starting at or before `offset`.
  const line = Math.max(0, firstIndexWhere(starts.length, (i) => starts[i]! > offset) - 1);
  return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
}
