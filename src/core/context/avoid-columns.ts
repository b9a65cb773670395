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

/** The longest line read as a table row: a longer one is prose, and reading its cells for every word in it would cost the whole line each time. */
const MAX_ROW_CHARS = 2_000;

/** Per line, the first row of the table it belongs to under each separator (-1: none), read in one pass. */
interface TableRows {
  pipeTop: Int32Array;
  tabTop: Int32Array;
}

const rowsRead = new WeakMap<AnalysisDocument, TableRows>();

function tableRows(doc: AnalysisDocument): TableRows {
  const known = rowsRead.get(doc);
  if (known) return known;
  const { lines } = doc.lines;
  const pipeTop = new Int32Array(lines.length).fill(-1);
  const tabTop = new Int32Array(lines.length).fill(-1);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length > MAX_ROW_CHARS) continue;
    if (text.includes('|')) pipeTop[i] = i > 0 && pipeTop[i - 1]! >= 0 ? pipeTop[i - 1]! : i;
    if (text.includes('\t')) tabTop[i] = i > 0 && tabTop[i - 1]! >= 0 ? tabTop[i - 1]! : i;
  }
  const rows = { pipeTop, tabTop };
  rowsRead.set(doc, rows);
  return rows;
}

/**
 * Does the word at `offset` stand in a table row whose first row (its heading row) names, in
 * the same column, words to avoid? Rows are the lines in a row above it that hold the same cell
 * separator (a pipe or a tab). The rows are read once per document, so a long table or a long
 * line costs no more per word than a short one.
 */
export function underAvoidHeading(doc: AnalysisDocument, offset: number, headings: PhraseMatcher<string>): boolean {
  const { lines } = doc.lines;
  const at = doc.lines.lineAt(offset);
  const { pipeTop, tabTop } = tableRows(doc);
  const sep = pipeTop[at]! >= 0 ? '|' : tabTop[at]! >= 0 ? '\t' : null;
  if (!sep) return false;
  const top = sep === '|' ? pipeTop[at]! : tabTop[at]!;
  if (top === at) return false;
  const line = lines[at]!;
  const column = cellsOf(line.text.slice(0, offset - line.start), sep).length - 1;
  const heading = lines[top]!;
  if (RULE_ROW.test(heading.text)) return false;
  const cell = cellsOf(heading.text, sep)[column];
  if (!cell) return false;
  const [a, b] = doc.tokenRange(heading.start + cell[0], heading.start + cell[1]);
  return a < b && headings.test(doc.tokens, a, b);
}
