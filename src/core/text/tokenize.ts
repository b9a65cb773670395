// Word tokens with offsets. A fast, regex-based tokenizer: the matcher works on these and
// compromise is only brought in for the few candidates whose context needs parts of speech.
import { isNumberWord } from '../patterns/compile-pattern.js';

/** What separates a token from the one before it; matches only cross 'space' and 'hyphen'. */
export type Gap = 'start' | 'space' | 'hyphen' | 'line' | 'punct' | 'break';

/** Whether two tokens stand in one run of words: only a space or a hyphen between them, no mark
 * and no line break (phrase-matcher's `joins` also lets a line break through). */
export const spaceOrHyphen = (gap: Gap): boolean => gap === 'space' || gap === 'hyphen';

export interface Token {
  /** Offsets of the word in the text (possessive 's included). */
  start: number;
  end: number;
  /** Lower-case word, curly apostrophes straightened, possessive 's / s' removed. */
  norm: string;
  gap: Gap;
  /** The original word as written (for case checks). */
  raw: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:(?<=s)['’](?![\p{L}]))?/gu;

function classifyGap(between: string, isFirst: boolean): Gap {
  if (isFirst) return 'start';
  if (between === ' ') return 'space'; // most gaps: one space, settled before any pattern
  // "&" stands for "and" inside names ("Substance Abuse & Mental Health Services Administration").
  if (between === '' || /^[ \t\u00a0]+$/.test(between) || /^[ \t]+&[ \t]+$/.test(between)) return 'space';
  // "and/or", "mental health/substance use": a slash joins alternatives like a space.
  if (between === '/') return 'space';
  // "2+ years": a plus after a number means "or more" and joins like a space.
  if (/^\+[ \t]*$/.test(between)) return 'space';
  // "two (2) years": a numeral restating the number word before it is read past, like a space.
  if (/^[ \t]*\(\d{1,3}\)[ \t]*$/.test(between)) return 'space';
  if (/^[ \t]*[-‐‑–][ \t]*$/.test(between) && !/\s[-–]\s/.test(between)) return 'hyphen';
  if (/\n[ \t\u00a0]*\n/.test(between)) return 'break';
  if (/^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/.test(between)) return 'line';
  return 'punct';
}

/** Stops and commas that end a clause ("word, word", "word. Word"): , . ; : ! ? */
const CLAUSE_MARKS = new Set([44, 46, 59, 58, 33, 63]);

/** classifyGap of text[last, start), with the commonest gaps read without cutting them out. */
function gapBefore(text: string, last: number, start: number): Gap {
  // One space.
  if (start - last === 1 && text.charCodeAt(last) === 32) return 'space';
  // A comma or a stop, then one space: punctuation (no other reading of classifyGap takes it).
  if (start - last === 2 && text.charCodeAt(last + 1) === 32 && CLAUSE_MARKS.has(text.charCodeAt(last))) return 'punct';
  return classifyGap(text.slice(last, start), false);
}

/** Short forms of years read as the words ("2 yrs sober" as "2 years sober"); "mo" and "mos"
 * are left alone (a state, a military occupational specialty). */
const TIME_ABBREVIATIONS = new Map([
  ['yr', 'year'],
  ['yrs', 'years'],
]);

function normalize(raw: string): string {
  let w = raw.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("s'")) w = w.slice(0, -1);
  return TIME_ABBREVIATIONS.get(w) ?? w;
}

/** "(2)" right after "two": the numeral only restates the word, so it is not a word of its own. */
function restatesNumber(text: string, at: number, raw: string, before: Token | undefined): boolean {
  if (before === undefined || text.charCodeAt(at - 1) !== 40 /* ( */ || text.charCodeAt(at + raw.length) !== 41 /* ) */) return false;
  // A number word as the patterns' "#num" reads it, not a numeral ("2 (2)" is no restatement).
  if (!/^\d{1,3}$/.test(raw) || /^\d/.test(before.norm) || !isNumberWord(before.norm)) return false;
  return /^[ \t]*\($/.test(text.slice(before.end, at));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (restatesNumber(text, start, raw, tokens[tokens.length - 1])) continue;
    tokens.push({ start, end, norm: normalize(raw), gap: tokens.length === 0 ? 'start' : gapBefore(text, last, start), raw });
    last = end;
  }
  return tokens;
}
