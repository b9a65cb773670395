// The title of a book, film or article named after a word for such a work ("her memoir, Diary
// of a Former Junkie, ..."), before its author ("Crazy by Pete Earley") or before such a word
// ("The Schizophrenic Brain, a 1999 textbook"): a proper name, never flagged inside.
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';
import { type Token, spaceOrHyphen } from '../text/tokenize.js';
import { startsWithCapital } from '../text/capital-letter.js';

/** Small words a title keeps in lower case ("Diary of a Former Junkie"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from']);
/** Between the cue and the title: nothing but a space, a comma or a colon (not a sentence's end),
 * and the marks of emphasis a title is written in ("the film *Junkie*"). */
const CUE_TO_TITLE = /^[ \t]*[,:]?[ \t]*[*_]{0,2}$/;

const capitalized = (t: Token) => startsWithCapital(t.raw);

/** A title's subtitle after a colon ("Crazy: A Father's Search ..."). */
const SUBTITLE = /^:[ \t]+$/;

/** Words of an author's name after "by": two or three capitalized words. */
const AUTHOR_MIN_WORDS = 2;
const AUTHOR_MAX_WORDS = 3;
/** A list item's mark before a line's first word ("- ", "• ", "2. "). */
const LIST_MARK = /(?:^|\n)[ \t]*(?:[-*•–]|\d+[.)])[ \t]*$/;

/** The capitalized words (small title words allowed inside) that end right before token `end`. */
function capitalizedRunBefore(tokens: readonly Token[], end: number): number {
  let first = end;
  while (first > 0 && capitalized(tokens[first - 1]!)) {
    first--;
    if (!spaceOrHyphen(tokens[first]!.gap)) break;
  }
  return first;
}

/** The capitalized words before `end`, through a subtitle's colon ("Crazy: A Father's Search"). */
function titleRunBefore(text: string, tokens: readonly Token[], end: number): number {
  let first = capitalizedRunBefore(tokens, end);
  while (
    first > 0 &&
    first < end &&
    tokens[first]!.gap === 'punct' &&
    capitalized(tokens[first - 1]!) &&
    SUBTITLE.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))
  )
    first = capitalizedRunBefore(tokens, first);
  return first;
}

/**
 * "- High Price (Carl Hart)", "- Crazy: A Father's Search ... (Pete Earley)": in a list item, the
 * capitalized words before an author's name in brackets that ends the line are a work's title.
 * `open` is the first token after the bracket.
 */
function titleBeforeBracketedAuthor(text: string, tokens: readonly Token[], open: number): [number, number] | null {
  // Asked of every word: the bracket right before it is read before the gap is cut out.
  if (text.charCodeAt(tokens[open]!.start - 1) !== 40 /* ( */ || !/^[ \t]*\($/.test(text.slice(tokens[open - 1]!.end, tokens[open]!.start)))
    return null;
  let author = 0;
  while (
    author < AUTHOR_MAX_WORDS &&
    capitalized(tokens[open + author] ?? tokens[open]!) &&
    (author === 0 || tokens[open + author]?.gap === 'space')
  )
    author++;
  if (author < AUTHOR_MIN_WORDS || !/^\)[ \t]*(\n|$)/.test(text.slice(tokens[open + author - 1]!.end))) return null;
  const first = titleRunBefore(text, tokens, open);
  if (first === open || !LIST_MARK.test(text.slice(Math.max(0, tokens[first]!.start - 8), tokens[first]!.start))) return null;
  return [first, open];
}

/** "We served 40 Addicts (2019)": a number after a word in lower case counts the capitalized words, which are no title. */
function countedInSentence(tokens: readonly Token[], first: number): boolean {
  const count = tokens[first - 1];
  const before = tokens[first - 2];
  return Boolean(count && before && /^\d+$/.test(count.norm) && tokens[first]!.gap === 'space' && /^\p{Ll}/u.test(before.raw));
}

/** A year in brackets right after a title ("Junkie (1953)", "Psycho (1960) is ..."). */
const YEAR = /^(1[89]|20)\d\d$/;

/** A capital letter alone, an initial of a name ("William S. Burroughs", "J. K. Rowling"). */
const INITIAL = /^\p{Lu}$/u;

/** The parts of an author's name that start at token `from` (up to the most words a name has,
 * not counting initials: their full stop does not end the name), and where it ends. */
function authorName(text: string, tokens: readonly Token[], from: number): { words: number; end: number } {
  let words = 0;
  let parts = 0;
  let k = from;
  for (; words < AUTHOR_MAX_WORDS && tokens[k] && capitalized(tokens[k]!); k++) {
    const afterInitial = k > from && INITIAL.test(tokens[k - 1]!.raw) && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === '. ';
    if (tokens[k]!.gap !== 'space' && !afterInitial) break;
    parts++;
    if (!INITIAL.test(tokens[k]!.raw)) words++;
  }
  // Initials count as parts of a name that has a word ("W. S. Burroughs").
  return { words: words > 0 ? parts : 0, end: k };
}

/** A word in lower case that a title-case headline would capitalize, later on the line from
 * token `from`: the line is a sentence ("Read Junkie by William Burroughs for the seminar"). */
function lineGoesOnInLowerCase(text: string, tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) return false;
    if (/^\p{Ll}/u.test(tokens[k]!.raw) && !TITLE_SMALL_WORDS.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/**
 * "Recommended reading: Crazy by Pete Earley", "- Beautiful Boy by David Sheff": capitalized
 * words right before a lower-case "by" and an author's name are a work's title. Not at the start
 * of a line that is no list item, unless the line goes on as a sentence: a title-case headline
 * has its own "by" ("Addicts Helped by Local Church"). So are capitalized words right before a year in brackets ("Book Review —
 * Junkie (1953)"): a film's or a book's.
 */
function titlesBeforeAuthorsOrYears(text: string, tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let b = 1; b < tokens.length; b++) {
    const by = tokens[b]!;
    if (YEAR.test(by.raw) && text[by.end] === ')' && /^[ \t]*\($/.test(text.slice(tokens[b - 1]!.end, by.start))) {
      const first = capitalizedRunBefore(tokens, b);
      if (first < b && !countedInSentence(tokens, first)) ranges.push([first, b]);
      continue;
    }
    const bracketed = titleBeforeBracketedAuthor(text, tokens, b);
    if (bracketed) {
      ranges.push(bracketed);
      continue;
    }
    if (by.raw !== 'by' || by.gap !== 'space') continue;
    const author = authorName(text, tokens, b + 1);
    if (author.words < AUTHOR_MIN_WORDS) continue;
    const first = capitalizedRunBefore(tokens, b);
    if (first === b) continue;
    const before = text.slice(first > 0 ? tokens[first - 1]!.end : 0, tokens[first]!.start);
    const opensLine = first === 0 || before.includes('\n');
    const listItem = LIST_MARK.test(text.slice(Math.max(0, tokens[first]!.start - 8), tokens[first]!.start));
    // A headline's "by" follows its verb ("Junkies Arrested by City Police after raid").
    const passiveVerb = /ed$/.test(tokens[b - 1]!.norm);
    if (opensLine && !listItem && (passiveVerb || !lineGoesOnInLowerCase(text, tokens, author.end))) continue;
    ranges.push([first, b]);
  }
  return ranges;
}

/** Verbs that say what a title is ("Crazy Brave is Joy Harjo's memoir", "The Lunatics were a punk band"). */
const IS = new Set(['is', 'was', 'are', 'were']);
/** Most words between the mark (a comma, a colon, "is") and the cue ("a 1999 textbook"). */
const NAMED_AFTER_REACH = 3;

/**
 * "The Schizophrenic Brain, a 1999 textbook, ...", "Crazy Brave is Joy Harjo's memoir", "Junkie
 * Love: A Memoir of ...": capitalized words that a cue after them names as a work, through a
 * comma or a colon and an article, or through "is". `cue` is the cue's first token.
 */
function titleNamedAfter(text: string, tokens: readonly Token[], cue: number): [number, number] | null {
  for (let k = cue; k > 0 && cue - k <= NAMED_AFTER_REACH; k--) {
    const t = tokens[k]!;
    const mark = text.slice(tokens[k - 1]!.end, t.start);
    const appositive = t.gap === 'punct' && /^[ \t]*[,:][ \t]*$/.test(mark) && /^(a|an|the)$/.test(t.norm);
    const predicate = t.gap === 'space' && IS.has(tokens[k - 1]!.norm) && k - 1 > 0 && tokens[k - 1]!.gap === 'space';
    if (!appositive && !predicate) {
      if (!spaceOrHyphen(t.gap)) return null;
      continue;
    }
    const end = appositive ? k : k - 1;
    let first = end;
    while (first > 0 && (capitalized(tokens[first - 1]!) || TITLE_SMALL_WORDS.has(tokens[first - 1]!.norm))) {
      first--;
      if (!spaceOrHyphen(tokens[first]!.gap)) break;
    }
    while (first < end && !capitalized(tokens[first]!)) first++;
    const words = tokens.slice(first, end).filter(capitalized).length;
    return words >= (predicate ? 2 : 1) ? [first, end] : null;
  }
  return null;
}

/** Token ranges (end exclusive) of titles of works: capitalized words after a cue or before an author. */
export function workTitleRanges(text: string, tokens: readonly Token[], cues: PhraseMatcher<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const cue of cues.matchAll(tokens)) {
    const before = titleNamedAfter(text, tokens, cue.first);
    if (before) ranges.push(before);
    const first = cue.end;
    const start = tokens[first];
    if (!start || !capitalized(start) || !CUE_TO_TITLE.test(text.slice(tokens[first - 1]!.end, start.start))) continue;
    let end = first + 1;
    let words = 1;
    const joined = (t: Token) =>
      spaceOrHyphen(t.gap) || (t.gap === 'punct' && capitalized(t) && SUBTITLE.test(text.slice(tokens[end - 1]!.end, t.start)));
    while (tokens[end] && joined(tokens[end]!)) {
      const t = tokens[end]!;
      if (capitalized(t)) words++;
      else if (!TITLE_SMALL_WORDS.has(t.norm)) break;
      end++;
    }
    while (end > first && !capitalized(tokens[end - 1]!)) end--;
    // One capitalized word is a title too ("her memoir Crazy", "the film Junkie") when the cue
    // is written in lower case: in a title-case line every word is capitalized.
    if (words >= 2 || !capitalized(tokens[first - 1]!)) ranges.push([first, end]);
  }
  ranges.push(...titlesBeforeAuthorsOrYears(text, tokens));
  return ranges;
}
