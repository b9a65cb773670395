// Word tokens with offsets. A fast, regex-based tokenizer: the matcher works on these and
// compromise is only brought in for the few candidates whose context needs parts of speech.
import { isNumberWord } from '../patterns/compile-pattern.js';
import { isBulletLetter } from './bullet-letters.js';

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

// A word is what /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:(?<=[sS])['’](?![\p{L}]))?/gu matches: letters and
// numbers, then apostrophes each followed by letters ("o'neill", "don't"), then the apostrophe of
// a plural's possessive ("clients'"). Read by hand over the character codes (see nextWordEnd):
// the expression built a match array for every word of every text, the most of what tokenizing cost.

const LETTER = 1;
const NUMBER = 2;
/** Per ASCII code: LETTER, NUMBER or 0. */
const ASCII_KINDS = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_KINDS[c] = /[A-Za-z]/.test(String.fromCharCode(c)) ? LETTER : /[0-9]/.test(String.fromCharCode(c)) ? NUMBER : 0;
/** Each code point past ASCII met so far: LETTER, NUMBER or 0 (read once by the Unicode classes). */
const kindsPastAscii = new Map<number, number>();
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

/** The width (1 or 2 code units) of the code point kindAt read last. */
let width = 1;
/** Whether the word nextWordEnd read last took an apostrophe (only then can normalize have one to straighten or drop). */
let tookApostrophe = false;

/** LETTER, NUMBER or 0 for the code point at text[i] (i < text.length); sets `width`. */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    width = 1;
    return ASCII_KINDS[c]!;
  }
  const point = text.codePointAt(i)!;
  width = point > 0xffff ? 2 : 1;
  let kind = kindsPastAscii.get(point);
  if (kind === undefined) {
    const char = String.fromCodePoint(point);
    kind = IS_LETTER.test(char) ? LETTER : IS_NUMBER.test(char) ? NUMBER : 0;
    kindsPastAscii.set(point, kind);
  }
  return kind;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const isApostrophe = (c: number) => c === APOSTROPHE || c === RIGHT_QUOTE;

/** Where the word that starts at `start` (a letter or number) ends. */
function nextWordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start;
  tookApostrophe = false;
  // Letters and numbers.
  while (i < length && kindAt(text, i) !== 0) i += width;
  // An apostrophe and the letters after it, as often as they come.
  while (i + 1 < length && isApostrophe(text.charCodeAt(i)) && kindAt(text, i + 1) === LETTER) {
    i += 1 + width;
    tookApostrophe = true;
    while (i < length && kindAt(text, i) === LETTER) i += width;
  }
  // A plural's possessive: an apostrophe after an "s" (or "S": "VETERANS' PREFERENCE") that no letter follows.
  if (
    i < length &&
    (text.charCodeAt(i - 1) | 32) === 115 /* s or S */ &&
    isApostrophe(text.charCodeAt(i)) &&
    (i + 1 >= length || kindAt(text, i + 1) !== LETTER)
  ) {
    i += 1;
    tookApostrophe = true;
  }
  return i;
}

/** Text between a word and the next when a hyphen breaks a word at a line's end ("recov-" / "ery"). */
const BROKEN_AT_LINE_END = /^[-‐‑][ \t]*\r?\n[ \t]*$/;

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
  // A hyphen right after a word at a line's end: a word broken there, or a compound ("self-" /
  // "identify") as text taken out of a PDF leaves them; a dash has a space before it.
  if (BROKEN_AT_LINE_END.test(between)) return 'hyphen';
  if (/\n[ \t\u00a0]*\n/.test(between)) return 'break';
  if (/^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/.test(between)) return 'line';
  return 'punct';
}

/** Stops and commas that end a clause ("word, word", "word. Word"): , . ; : ! ? */
const CLAUSE_MARKS = new Set([44, 46, 59, 58, 33, 63]);

/** A digit at `i`. */
function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A lone digit at `i`: a digit with no digit on either side. */
function oneDigitAt(text: string, i: number): boolean {
  return digitAt(text, i) && !digitAt(text, i - 1) && !digitAt(text, i + 1);
}

/** Short forms that end in a stop before a number they qualify ("min. 2 yrs", "approx. 80%"). */
const BEFORE_A_NUMBER = /(?:^|[^A-Za-z])(?:min|max|approx|appx)$/i;

/** classifyGap of text[last, start), with the commonest gaps read without cutting them out. */
function gapBefore(text: string, last: number, start: number): Gap {
  // One space.
  if (start - last === 1 && text.charCodeAt(last) === 32) return 'space';
  // "min. 2 yrs": the stop of a short form before a number is no sentence's end.
  if (
    start - last === 2 &&
    text.charCodeAt(last) === 46 &&
    text.charCodeAt(last + 1) === 32 &&
    digitAt(text, start) &&
    BEFORE_A_NUMBER.test(text.slice(Math.max(0, last - 7), last))
  )
    return 'space';
  // "80% of each shift": a percent sign before "of" reads as the word it stands for; one that
  // heads a line of a duty list ("20% Escorts patients ...") stays apart from the duty.
  if (text.charCodeAt(last) === 37 && /^%[ \t]+$/.test(text.slice(last, start)) && /^of\b/i.test(text.slice(start, start + 3)))
    return 'space';
  // A comma or a stop, then one space: punctuation (no other reading of classifyGap takes it).
  if (start - last === 2 && text.charCodeAt(last + 1) === 32 && CLAUSE_MARKS.has(text.charCodeAt(last))) return 'punct';
  // A ratio of one digit to one ("a 1:1 sitter", "2:1 staffing") joins like a hyphen; a time ("7:30") does not.
  if (start - last === 1 && text.charCodeAt(last) === 58 && oneDigitAt(text, last - 1) && oneDigitAt(text, start)) return 'hyphen';
  return classifyGap(text.slice(last, start), false);
}

/** Short forms of years read as the words ("2 yrs sober" as "2 years sober"); "mo" and "mos"
 * are left alone (a state, a military occupational specialty). */
const TIME_ABBREVIATIONS = new Map([
  ['yr', 'year'],
  ['yrs', 'years'],
]);

/** `apostrophe`: whether the word took one (see nextWordEnd); most do not, and need only lower case. */
function normalize(raw: string, apostrophe: boolean): string {
  let w = raw.toLowerCase();
  if (apostrophe) {
    if (w.includes('’')) w = w.replace(/’/g, "'");
    if (w.endsWith("'s")) w = w.slice(0, -2);
    else if (w.endsWith("s'")) w = w.slice(0, -1);
  }
  // Only "yr" and "yrs" are read otherwise: a word of three letters or fewer that starts with "y".
  return w.length <= 3 && w.charCodeAt(0) === 121 /* y */ ? (TIME_ABBREVIATIONS.get(w) ?? w) : w;
}

/** "(2)" right after "two": the numeral only restates the word, so it is not a word of its own. */
function restatesNumber(text: string, at: number, raw: string, before: Token | undefined): boolean {
  if (before === undefined || text.charCodeAt(at - 1) !== 40 /* ( */ || text.charCodeAt(at + raw.length) !== 41 /* ) */) return false;
  // A number word as the patterns' "#num" reads it, not a numeral ("2 (2)" is no restatement).
  if (!/^\d{1,3}$/.test(raw) || /^\d/.test(before.norm) || !isNumberWord(before.norm)) return false;
  return /^[ \t]*\($/.test(text.slice(before.end, at));
}

/** "-", and the hyphens "‐" and "‑". */
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

/**
 * The token of a word broken at a line's end with a hyphen, read whole ("recovery" from
 * "recov-" / "ery") when `vocabulary` holds the whole word; null when it is read as two words
 * (joined like a hyphened compound: "self-" / "identify").
 */
function wholeWord(text: string, before: Token, start: number, end: number, vocabulary: Vocabulary): Token | null {
  if (!BROKEN_AT_LINE_END.test(text.slice(before.end, start)) || !/^\p{Ll}+$/u.test(text.slice(start, end))) return null;
  if (!/^\p{L}+$/u.test(before.raw)) return null;
  const raw = before.raw + text.slice(start, end);
  const norm = raw.toLowerCase();
  return vocabulary.has(norm) ? { start: before.start, end, norm, gap: before.gap, raw } : null;
}

/** What tokenize asks of the patterns' words (patterns/pattern-vocabulary.ts). */
export interface Vocabulary {
  has(word: string): boolean;
}

export function tokenize(text: string, vocabulary?: Vocabulary): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  // The gap before a bullet left as a letter, which the word after it takes.
  let gapBeforeBullet: Gap | null = null;
  const length = text.length;
  for (let start = 0; start < length; ) {
    if (kindAt(text, start) === 0) {
      start += width;
      continue;
    }
    const end = nextWordEnd(text, start);
    const raw = text.slice(start, end);
    // A bullet that a symbol font left as a letter ("o Link members to ...") is no word: the
    // next word's gap is read from before it, as after any bullet glyph.
    if (isBulletLetter(text, start, end)) {
      if (tokens.length > 0) gapBeforeBullet ??= gapBefore(text, last, start);
      start = end;
      continue;
    }
    const before = tokens[tokens.length - 1];
    const whole = vocabulary && before && HYPHENS.has(text.charCodeAt(before.end)) ? wholeWord(text, before, start, end, vocabulary) : null;
    if (whole) {
      tokens[tokens.length - 1] = whole;
      last = end;
    } else if (!restatesNumber(text, start, raw, before)) {
      tokens.push({
        start,
        end,
        norm: normalize(raw, tookApostrophe),
        gap: tokens.length === 0 ? 'start' : (gapBeforeBullet ?? gapBefore(text, last, start)),
        raw,
      });
      gapBeforeBullet = null;
      last = end;
    }
    start = end;
  }
  return tokens;
}
