// A short line written as a label and its value ("UA results: clean", "Tox: dirty"): the colon
// stands where a sentence would have a verb, so the language and hiring-barrier patterns read the
// two as one phrase ("Sobriety: 2 years"). Patterns never cross punctuation; this gives a matcher
// a copy of the tokens where only such a colon joins.
import type { AnalysisDocument } from '../analysis-document.js';
import { type Token, spaceOrHyphen } from '../text/tokenize.js';
import { oncePerDocument } from './once-per-document.js';

/** Most words on either side of the colon: a label and a value, not two clauses. */
const MOST_WORDS = 3;
const COLON = /^:[ \t]*$/;
/** What may stand between a line's last word and the next line: a full stop at most. */
const LINE_END = /^[ \t]*[.!]?[ \t]*(\r?\n|$)/;

/** Punctuation before a label that still opens its line or part of it: a line break, a list
 * item's mark after it included ("\n- UA results: clean"), or a spaced dash that parts a line's
 * label from what it heads ("Labs - UA results: clean"), after a sentence's end too ("... to
 * the lab. - Tox: dirty", a list run into one line). */
const OPENS_PART = /\n|^[.!?]?[ \t]+[-–—][ \t]+$/;
/** What stands before a label that opens its line: a line break. */
const LINE_BREAK = /\n/;

/**
 * The first token of the label right before the colon token `colon`: back over at most `reach`
 * words joined by spaces or hyphens, to the document's first word or one whose gap before it
 * (the text between) `opens` matches; -1 when the words run on further back or follow another mark.
 */
function labelStart(text: string, tokens: readonly Token[], colon: number, reach: number, opens: RegExp): number {
  let first = colon - 1;
  while (first > 0 && colon - first < reach && spaceOrHyphen(tokens[first]!.gap)) first--;
  if (first === 0) return 0;
  const t = tokens[first]!;
  return !spaceOrHyphen(t.gap) && opens.test(text.slice(tokens[first - 1]!.end, t.start)) ? first : -1;
}

/** The tokens with the colon of each short "label: value" line read as a space. */
export function colonsOfLabelValueLines(text: string, tokens: readonly Token[]): readonly Token[] {
  let copy: Token[] | null = null;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.gap !== 'punct' || !COLON.test(text.slice(tokens[j - 1]!.end, t.start))) continue;
    // The label: the line's first few words, right before the colon.
    if (labelStart(text, tokens, j, MOST_WORDS, OPENS_PART) < 0) continue;
    // The value: a few words that end the line.
    let end = j + 1;
    while (end < tokens.length && end - j < MOST_WORDS && spaceOrHyphen(tokens[end]!.gap)) end++;
    const after = end < tokens.length ? text.slice(tokens[end - 1]!.end, tokens[end]!.start) : text.slice(tokens[end - 1]!.end);
    if (!LINE_END.test(after)) continue;
    copy ??= tokens.slice();
    copy[j] = { ...t, gap: 'space' };
  }
  return copy ?? tokens;
}

/** The document's tokens read that way, made once per document for every check that asks. */
export const labelValueTokens = oncePerDocument((doc: AnalysisDocument) => colonsOfLabelValueLines(doc.text, doc.tokens));

/** Most words of a label that opens a line ("Position Reports To:", "Nice to have:"). */
const LABEL_WORDS = 4;

/** The label opening each line, whatever its value holds ("Responsible to: Team Manager, Community
 * Wellbeing", "Desirable: ..."): its tokens [first, end), the colon right after them. */
export const lineLabels = oncePerDocument((doc: AnalysisDocument): readonly { first: number; end: number }[] => {
  const { tokens, text } = doc;
  const labels: { first: number; end: number }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!COLON.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) continue;
    const first = labelStart(text, tokens, i, LABEL_WORDS, LINE_BREAK);
    if (first >= 0) labels.push({ first, end: i });
  }
  return labels;
});
