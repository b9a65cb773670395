// A table of words to avoid pasted one cell a line: "Instead of", "Say", then "addict",
// "person with a substance use disorder", "clean", "in recovery" ... The heading lines (each one
// whole heading, one of them naming what to avoid) give the number of columns; a cell's column
// is its place among the lines after them, and a cell under the avoid heading is listed, not used.
// An avoid heading alone heads a list of short lines, each listed, up to the next heading.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';
import { oncePerDocument } from '../rules/once-per-document.js';

/** The longest line read as a heading or a cell: a longer one is prose. */
const MAX_HEADING_CHARS = 40;
const MAX_CELL_CHARS = 80;
/** Most words a heading line may hold after its heading. */
const HEADING_TAIL_WORDS = 2;
/** Most words of one item in a list of words to avoid under its heading. */
const MAX_LIST_ITEM_WORDS = 5;
/** Most cells read after one heading row. */
const MAX_CELLS = 120;

type HeadingKind = 'avoid' | 'use' | null;

/** Is a line one whole heading of either kind? */
function headingKind(doc: AnalysisDocument, line: number, avoid: PhraseMatcher<string>, use: PhraseMatcher<string>): HeadingKind {
  const { text, start } = doc.lines.lines[line]!;
  if (text.length > MAX_HEADING_CHARS || !text.trim()) return null;
  const [a, b] = doc.tokenRange(start, start + text.length);
  if (a >= b) return null;
  // The heading opens the line and leaves at most a word or two after it ("Outdated terms", "Avoid these").
  const whole = (m: PhraseMatcher<string>) => m.matchAll(doc.tokens, a, b).some((x) => x.first === a && b - x.end <= HEADING_TAIL_WORDS);
  return whole(avoid) ? 'avoid' : whole(use) ? 'use' : null;
}

/** Per line, 1 where it is a cell under an avoid heading of a table pasted one cell a line; read once per document. */
const avoidCellLines = oncePerDocument(readAvoidCellLines);

function readAvoidCellLines(doc: AnalysisDocument, lex: CompiledLexicons): Uint8Array {
  const avoid = lex.avoidColumnHeadings;
  const use = lex.useColumnHeadings;
  const { lines } = doc.lines;
  const marks = new Uint8Array(lines.length);
  const blank = (i: number) => !lines[i]!.text.trim();
  let i = 0;
  while (i < lines.length) {
    // The heading row: two or more heading lines in a row (blank lines between them allowed,
    // and then between the cells too), at least one of them over words to avoid.
    const columns: HeadingKind[] = [];
    let spaced = false;
    let j = i;
    while (j < lines.length) {
      const kind = headingKind(doc, j, avoid, use);
      if (!kind) break;
      columns.push(kind);
      j++;
      if (j < lines.length && blank(j) && j + 1 < lines.length && headingKind(doc, j + 1, avoid, use)) {
        spaced = true;
        j++;
      }
    }
    // One avoid heading alone heads a list of words, one a line, up to the next heading ("Avoid:",
    // "Addict", "Junkie", "Use:", ...).
    if (columns.length === 1 && columns[0] === 'avoid') {
      for (; j < lines.length && !blank(j) && j - i <= MAX_CELLS; j++) {
        const text = lines[j]!.text.trim();
        if (text.length > MAX_HEADING_CHARS || text.split(/\s+/).length > MAX_LIST_ITEM_WORDS || /[.!?]$/.test(text)) break;
        if (headingKind(doc, j, avoid, use)) break;
        marks[j] = 1;
      }
      i = j;
      continue;
    }
    if (columns.length < 2 || !columns.includes('avoid')) {
      i = Math.max(j, i + 1);
      continue;
    }
    let cell = 0;
    for (; j < lines.length && cell < MAX_CELLS; j++) {
      if (blank(j)) {
        if (spaced && j + 1 < lines.length && !blank(j + 1)) continue;
        break;
      }
      const text = lines[j]!.text.trim();
      // A sentence ends the table: a cell holds a word or a phrase.
      if (text.length > MAX_CELL_CHARS || (/[.!?]$/.test(text) && text.split(/\s+/).length > 3)) break;
      if (columns[cell % columns.length] === 'avoid') marks[j] = 1;
      cell++;
    }
    i = j;
  }
  return marks;
}

/** Does the word at `offset` stand in a cell under an avoid heading of a table pasted one cell a line? */
export function inAvoidCellLine(doc: AnalysisDocument, offset: number, lex: CompiledLexicons): boolean {
  return avoidCellLines(doc, lex)[doc.lines.lineAt(offset)] === 1;
}
