// A word that is both a noun and a describing word ("patient") stands in a list of describing
// words when a neighbour across a comma, a semicolon or "and"/"or" is one ("Patient, warm,
// reliable"; "kind, patient and steady"), or, alone on its line, when the word alone on the line
// next to it is one (a list of qualities one a line: "* Patient" above "* Warm"): it describes
// someone there, it names no one. After a determiner ("each patient, new or returning") it is the noun.
import type { AnalysisDocument } from '../analysis-document.js';

const LIST_GAP = /^[ \t]*[,;][ \t]*$/;
/** A line break, with the next line's list marker if it has one ("\n* ", "\n- ", "\n2. "). */
const LINE_GAP = /^[ \t]*\r?\n[ \t]*(?:[-*•·–]|\d{1,2}[.)])?[ \t]*$/;
const HAS_LINE_BREAK = /\n/;
const JOINERS = new Set(['and', 'or']);

/** Whether a neighbour is a describing word and not also read as a noun. */
type DescribingAt = (i: number) => boolean;

/** The list neighbour of token `at` on one side (-1 before, +1 after), past a joining "and"/"or", or -1. */
function neighbour(doc: AnalysisDocument, at: number, step: -1 | 1): number {
  const { tokens, text } = doc;
  const gapText = (left: number) => text.slice(tokens[left]!.end, tokens[left + 1]!.start);
  const i = at + step;
  if (i < 0 || i >= tokens.length) return -1;
  const left = step === 1 ? at : i;
  const listGap = LIST_GAP.test(gapText(left));
  if (JOINERS.has(tokens[i]!.norm) && (listGap || /^[ \t]+$/.test(gapText(left)))) {
    // "patient and kind", "patient, and kind"; before it: "kind and patient".
    const j = i + step;
    if (j < 0 || j >= tokens.length) return -1;
    const l2 = step === 1 ? i : j;
    const g = gapText(l2);
    if (!LIST_GAP.test(g) && !/^[ \t]+$/.test(g)) return -1;
    return j;
  }
  if (listGap) return i;
  return LINE_GAP.test(gapText(left)) && aloneOnLine(doc, at) && aloneOnLine(doc, i) ? i : -1;
}

/** Whether token `i` is the only word of its line. */
function aloneOnLine(doc: AnalysisDocument, i: number): boolean {
  const { tokens, text } = doc;
  const before = i === 0 || HAS_LINE_BREAK.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const after = i === tokens.length - 1 || HAS_LINE_BREAK.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start));
  return before && after;
}

export function inListOfDescribingWords(
  doc: AnalysisDocument,
  first: number,
  end: number,
  describing: DescribingAt,
  determinerAt: (i: number) => boolean,
): boolean {
  const before = first - 1;
  if (before >= 0 && /^[ \t]+$/.test(doc.text.slice(doc.tokens[before]!.end, doc.tokens[first]!.start)) && determinerAt(before))
    return false;
  const after = neighbour(doc, end - 1, 1);
  if (after >= 0 && describing(after)) return true;
  const prior = neighbour(doc, first, -1);
  return prior >= 0 && describing(prior);
}
