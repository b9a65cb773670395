// A table of words to avoid ("| Instead of | Say |", "Avoid<TAB>Use"): a word in a cell under a
// heading that names what to avoid is listed, not put on anyone.
import type { AnalysisDocument } from '../analysis-document.js';
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';

/** A Markdown table's rule row ("|---|:---:|"). */
const RULE_ROW = /^[\s|:+-]+$/;

/** The column of `offset` in a line split by `sep`, and the offsets of each cell of another line. */
function cellsOf(text: string, sep: string): [number, number][] {
  const cells: [number, number][] = [];
  let from = 0;
  for (let at = text.indexOf(sep); at !== -1; at = text.indexOf(sep, at + 1)) {
    cells.push([from, at]);
    from = at + 1;
  }
  cells.push([from, text.length]);
  return cells;
}

/**
 * Does the word at `offset` stand in a table row whose first row (its heading row) names, in
 * the same column, words to avoid? Rows are the lines in a row above it that hold the same cell
 * separator (a pipe or a tab).
 */
export function underAvoidHeading(doc: AnalysisDocument, offset: number, headings: PhraseMatcher<string>): boolean {
  const { lines } = doc.lines;
  const at = doc.lines.lineAt(offset);
  const line = lines[at]!;
  const sep = line.text.includes('|') ? '|' : line.text.includes('\t') ? '\t' : null;
  if (!sep) return false;
  const column = cellsOf(line.text.slice(0, offset - line.start), sep).length - 1;
  let top = at;
  while (top > 0 && lines[top - 1]!.text.includes(sep)) top--;
  if (top === at) return false;
  const heading = lines[top]!;
  if (RULE_ROW.test(heading.text)) return false;
  const cell = cellsOf(heading.text, sep)[column];
  if (!cell) return false;
  const [a, b] = doc.tokenRange(heading.start + cell[0], heading.start + cell[1]);
  return a < b && headings.test(doc.tokens, a, b);
}
