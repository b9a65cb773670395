// Words that stand between the parts of a phrase without changing what it says, set aside so the
// lived-experience phrases read across them:
// - a second verb set off by commas between a first verb and the object both share ("You have
//   raised, or are raising, a child with ...", "must have lived with, and recovered from, a
//   mental health condition"): patterns never cross punctuation, so the object is hidden from
//   the first verb;
// - adverbs of time or manner, one or two joined by "or"/"and" ("people who currently or formerly
//   use drugs", "has actively lived with"), found by their -ly ending;
// - the part one played, set off by commas after "experience" or a verb ("Personal experience, as
//   a youth, with foster care", "have lived, as a parent, with ..."): the phrase goes on past it;
// - a few words in brackets after which the phrase goes on in lower case ("have loved someone (a
//   spouse, a sibling) through their addiction");
// - the quotation marks around words of the phrase ('people who have "been there"'): only the
//   marks, the words stay.
// The matcher reads the tokens without them, with the way back to the document's token indices;
// a rule reads these matches beside the ones over the whole text.
import { joins } from '../patterns/phrase-matcher.js';
import type { Token } from '../text/tokenize.js';

/** Most words of the clause between the commas ("or are currently raising"). */
const MOST_WORDS_INSIDE = 4;
const COMMA = /^,[ \t]+$/;
const JOINING = new Set(['and', 'or']);
/** A verb form that can take an object: a past form or a present participle. */
const VERB_FORM = /^[a-z]{3,}(ed|ing|en)$/;
/** An adverb by its ending, seven letters or more ("currently", "formerly", "personally"): "family" and "only" are not. */
const ADVERB = /^[a-z]{5,}ly$/;

/** The word classes of lexicons/context.json these words are found with. */
export interface AsideWords {
  /** Words ending in -ly that describe a noun ("elderly parents"): never set aside as adverbs. */
  lyAdjectives: ReadonlySet<string>;
  /** Past forms without -ed that take an object ("been through", "gone through"). */
  pastFormsWithoutEd: ReadonlySet<string>;
  /** A verb may end its clause with the preposition that takes the object ("recovered from"). */
  prepositionsAfterVerb: ReadonlySet<string>;
}

const verbForm = (w: string, words: AsideWords) => VERB_FORM.test(w) || words.pastFormsWithoutEd.has(w);
/** A verb form, or a preposition right after one ("lived with", "recovered from"). */
const verbEnd = (tokens: readonly Token[], i: number, words: AsideWords) =>
  verbForm(tokens[i]!.norm, words) ||
  (words.prepositionsAfterVerb.has(tokens[i]!.norm) && i > 0 && tokens[i]!.gap === 'space' && verbForm(tokens[i - 1]!.norm, words));

const commaBefore = (text: string, tokens: readonly Token[], j: number) =>
  tokens[j]!.gap === 'punct' && COMMA.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));

/** An adverb by its ending, less the words of seven letters or more ending in -ly that describe a
 * noun (lexicons/context.json lyAdjectives: "elderly parents", "friendly staff"). */
const adverb = (t: Token, lyAdjectives: ReadonlySet<string>) => ADVERB.test(t.norm) && !lyAdjectives.has(t.norm);

export interface TokensWithoutAsides {
  tokens: readonly Token[];
  /** For each of these tokens, its index among the document's (null when nothing was set aside). */
  original: Int32Array | null;
}

/**
 * The end of the comma clause that starts at `j` ("or are raising,": the token after its second
 * comma), or -1.
 */
function commaClauseEnd(text: string, tokens: readonly Token[], j: number, words: AsideWords): number {
  if (!JOINING.has(tokens[j]!.norm) || !commaBefore(text, tokens, j) || !verbEnd(tokens, j - 1, words)) return -1;
  let k = j + 1;
  while (k < tokens.length && k - j <= MOST_WORDS_INSIDE && tokens[k]!.gap === 'space') k++;
  if (k >= tokens.length || k - j < 2 || k - j > MOST_WORDS_INSIDE || !commaBefore(text, tokens, k) || !verbEnd(tokens, k - 1, words))
    return -1;
  return k;
}

/** Most words after "as a" in the part one played (", as a young person of color,"). */
const MOST_WORDS_OF_PART = 4;
const ARTICLE = new Set(['a', 'an']);
const EXPERIENCE = /^experiences?$/;

/**
 * The end of the part one played that starts at `j` (", as a youth,": the token after its second
 * comma), after "experience" or a verb, or -1.
 */
function partPlayedEnd(text: string, tokens: readonly Token[], j: number, words: AsideWords): number {
  if (tokens[j]!.norm !== 'as' || !commaBefore(text, tokens, j)) return -1;
  if (!EXPERIENCE.test(tokens[j - 1]!.norm) && !verbEnd(tokens, j - 1, words)) return -1;
  if (j + 2 >= tokens.length || !ARTICLE.has(tokens[j + 1]!.norm) || tokens[j + 1]!.gap !== 'space') return -1;
  // The words of the part: the first comes after the article, the rest on spaces.
  let k = j + 3;
  while (k < tokens.length && k - (j + 2) <= MOST_WORDS_OF_PART && tokens[k]!.gap === 'space') k++;
  if (k < tokens.length && k - (j + 2) <= MOST_WORDS_OF_PART && commaBefore(text, tokens, k)) {
    // Several parts, listed ("as a kid, teenager or young adult, with ..."): the list ends at the
    // comma before the word that takes the phrase on.
    if (!GOES_ON.has(tokens[k]!.norm)) {
      for (let m = k + 1; m < tokens.length && m - (j + 2) <= MOST_WORDS_OF_LISTED_PARTS; m++) {
        const comma = commaBefore(text, tokens, m);
        if (tokens[m]!.gap !== 'space' && !comma) break;
        if (comma && GOES_ON.has(tokens[m]!.norm)) return m;
      }
    }
    return k;
  }
  return -1;
}

/** Words that take a phrase on after the part one played (", with mental health systems"). */
const GOES_ON = new Set(['with', 'of', 'in', 'navigating', 'using', 'receiving']);
/** Most words of a list of parts one played ("a kid, teenager or young adult"). */
const MOST_WORDS_OF_LISTED_PARTS = 8;

/**
 * The end of the adverbs that start at `j` between two words on spaces ("currently or formerly"
 * in "who currently or formerly use"): the token after them, or -1.
 */
function adverbsEnd(tokens: readonly Token[], j: number, lyAdjectives: ReadonlySet<string>): number {
  if (j === 0 || tokens[j]!.gap !== 'space' || !adverb(tokens[j]!, lyAdjectives)) return -1;
  let k = j + 1;
  if (
    k + 1 < tokens.length &&
    JOINING.has(tokens[k]!.norm) &&
    tokens[k]!.gap === 'space' &&
    adverb(tokens[k + 1]!, lyAdjectives) &&
    tokens[k + 1]!.gap === 'space'
  )
    k += 2;
  return k < tokens.length && tokens[k]!.gap === 'space' ? k : -1;
}

/** Most words inside brackets set aside ("(a spouse, a sibling or an adult child)"). */
const MOST_WORDS_IN_BRACKETS = 10;
const OPENS_BRACKET = /^[ \t]*\([ \t]*$/;
const CLOSES_BRACKET = /^[ \t]*\)[ \t]+$/;
const INSIDE_BRACKETS = /^(?:[ \t]+|,[ \t]+|[ \t]*\/[ \t]*|[ \t]*[-–][ \t]*)$/;

/**
 * The end of words in brackets that start at `j`, between two words of a phrase that goes on in
 * lower case after them ("have loved someone (a spouse, a sibling) through their addiction",
 * "lived experience (personal or family) of recovery"): the token after the closing bracket, or -1.
 */
function bracketsEnd(text: string, tokens: readonly Token[], j: number): number {
  if (tokens[j]!.gap !== 'punct' || !OPENS_BRACKET.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return -1;
  for (let k = j + 1; k < tokens.length && k - j <= MOST_WORDS_IN_BRACKETS; k++) {
    const between = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (CLOSES_BRACKET.test(between)) return /^\p{Ll}/u.test(tokens[k]!.raw) ? k : -1;
    if (!INSIDE_BRACKETS.test(between)) return -1;
  }
  return -1;
}

/** A quotation mark with a space on one side between two words ('have "been', 'there" themselves'). */
const QUOTE_GAP = /^(?:[ \t]+["“”‘’]|["“”‘’][ \t]+)$/;

/** The tokens without such words; the word after set-aside commas joins by a space. `words`: the
 * word classes they are found with (lexicons/context.json). */
export function withoutAsides(text: string, tokens: readonly Token[], words: AsideWords): TokensWithoutAsides {
  const cut: [number, number][] = [];
  for (let j = 1; j < tokens.length; j++) {
    const k = Math.max(
      commaClauseEnd(text, tokens, j, words),
      adverbsEnd(tokens, j, words.lyAdjectives),
      partPlayedEnd(text, tokens, j, words),
      bracketsEnd(text, tokens, j),
    );
    if (k >= 0) {
      cut.push([j, k]);
      j = k - 1;
    } else if (tokens[j]!.gap === 'punct' && QUOTE_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) cut.push([j, j]);
  }
  if (!cut.length) return { tokens, original: null };
  const kept: Token[] = [];
  const original: number[] = [];
  const keep = (i: number) => {
    kept.push(tokens[i]!);
    original.push(i);
  };
  let from = 0;
  for (const [j, k] of cut) {
    for (let i = from; i < j; i++) keep(i);
    kept.push(tokens[k]!.gap === 'space' ? tokens[k]! : { ...tokens[k]!, gap: 'space' });
    original.push(k);
    from = k + 1;
  }
  for (let i = from; i < tokens.length; i++) keep(i);
  return { tokens: kept, original: Int32Array.from(original) };
}

/**
 * The matches over the document's tokens and, where words were set aside, over the tokens
 * without them (as spans of the document's tokens), in order of their first token. A phrase
 * runs only across joining gaps, so only the runs of such tokens that hold a place where words
 * were set aside are read again: elsewhere the tokens without asides are the document's own, and
 * their matches are already among the direct ones.
 */
export function matchesBesideAsides<P>(
  matchAll: (tokens: readonly Token[], from: number, to: number) => readonly { first: number; end: number; payload: P }[],
  w: TokensWithoutAsides,
  tokens: readonly Token[],
): { first: number; end: number; payload: P }[] {
  const direct = [...matchAll(tokens, 0, tokens.length)];
  const { original } = w;
  if (!original) return direct;
  const kept = w.tokens;
  const beside: { first: number; end: number; payload: P }[] = [];
  for (let start = 0; start < kept.length; ) {
    // The run from `start`: tokens joined on to the one before; does it hold a cut?
    let end = start + 1;
    let cut = false;
    while (end < kept.length && joins(kept[end]!.gap)) {
      // Words set aside, or a gap read as a space (quotation marks).
      if (original[end] !== original[end - 1]! + 1 || kept[end] !== tokens[original[end]!]) cut = true;
      end++;
    }
    if (cut)
      for (const m of matchAll(kept, start, end))
        beside.push({ first: original[m.first]!, end: original[m.end - 1]! + 1, payload: m.payload });
    start = end;
  }
  if (!beside.length) return direct;
  // Each span once: the direct matches' spans are looked up only where a match beside the asides starts.
  const firsts = new Set(beside.map((m) => m.first));
  const seen = new Set(direct.filter((m) => firsts.has(m.first)).map((m) => `${m.first}:${m.end}`));
  for (const m of beside) {
    const key = `${m.first}:${m.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      direct.push(m);
    }
  }
  return direct.sort((a, b) => a.first - b.first || b.end - a.end);
}
