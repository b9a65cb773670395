// Describing words joined by a comma instead of "and" ("addicted, homeless veterans", "mentally
// ill, homeless adults"): the comma parts two words that describe the same people, so a label
// among them is read as if the comma were a space; so is the comma of a serial "and" ("mentally
// ill, homeless, and jobless adults") after such a comma. Patterns never cross punctuation; this gives
// the language matcher a copy of the tokens where only such commas join.
import { FUNCTION_WORDS } from '../nlp/context-checks.js';
import { type Token, spaceOrHyphen } from '../text/tokenize.js';

/** Most describing words between the comma and the person noun ("addicted, homeless, jobless men"). */
const MOST_WORDS_AFTER = 3;
/** How far back a linking word or clause opener shows that the word before the comma is said of
 * someone, not put before a noun ("when he was addicted, young people ..."). */
const REACH_BACK = 3;
/** Words that make the word before the comma a predicate or a clause of its own. */
const CLAUSE_WORDS = new Set(
  'is are was were be been being am become becomes became get gets got seem seems seemed feel feels felt when while if once as because since though although after before until so'.split(
    ' ',
  ),
);
const COMMA = /^,[ \t]+$/;
const SERIAL = new Set(['and', 'or']);
const DETERMINERS = new Set('a an the this that these those our their his her its my your some any all no each every'.split(' '));
/** A word that cannot describe people inside a noun phrase: a function word, a determiner, a number. */
const NOT_DESCRIBING = (w: string) => FUNCTION_WORDS.has(w) || DETERMINERS.has(w) || /^\d/.test(w);

/** The tokens with each comma between describing words before a person noun read as a space. */
export function commasBetweenDescribingWords(text: string, tokens: readonly Token[], personNouns: ReadonlySet<string>): readonly Token[] {
  let copy: Token[] | null = null;
  // Right to left: "addicted, homeless, jobless men" joins its last comma first.
  for (let j = tokens.length - 1; j > 0; j--) {
    const t = tokens[j]!;
    if (t.gap !== 'punct' || !COMMA.test(text.slice(tokens[j - 1]!.end, t.start))) continue;
    const before = tokens[j - 1]!;
    if (NOT_DESCRIBING(before.norm)) continue;
    const current = copy ?? tokens;
    // The person noun: the last of the next few words, after at least one describing word
    // ("homeless" may itself stand for people: "addicted, homeless veterans").
    let noun = -1;
    // A serial "and" or "or" after the comma ("mentally ill, homeless, and jobless adults") ends
    // a list whose item before it (one or two words) follows a comma too.
    const serial =
      SERIAL.has(t.norm) &&
      (tokens[j - 1]!.gap === 'punct' || (j >= 2 && tokens[j - 1]!.gap === 'space' && tokens[j - 2]!.gap === 'punct'));
    // Words are counted, not tokens: "justice-involved" is one describing word. An "and" or "or"
    // between two describing words closes the list without a comma ("addicted, homeless and
    // jobless youth").
    let words = 0;
    for (let k = serial ? j + 1 : j; k < tokens.length && words <= MOST_WORDS_AFTER; k++) {
      const w = current[k]!;
      if (k > j && w.gap !== 'hyphen') words++;
      if (words > MOST_WORDS_AFTER) break;
      const joinedSerial = k > j && SERIAL.has(w.norm) && w.gap === 'space' && tokens[k]!.gap === 'punct';
      const closingAnd = k > j && SERIAL.has(w.norm) && w.gap === 'space' && !NOT_DESCRIBING(current[k - 1]!.norm);
      if ((NOT_DESCRIBING(w.norm) && !joinedSerial && !closingAnd) || (k > j && !spaceOrHyphen(w.gap))) break;
      if (k > j && personNouns.has(w.norm)) noun = k;
    }
    if (noun < 0) continue;
    let clause = false;
    for (let b = j - 2; b >= 0 && j - 2 - b < REACH_BACK; b--) {
      if (!spaceOrHyphen(tokens[b + 1]!.gap)) break;
      if (CLAUSE_WORDS.has(tokens[b]!.norm)) clause = true;
    }
    if (clause) continue;
    copy ??= tokens.slice();
    copy[j] = { ...t, gap: 'space' };
  }
  return copy ?? tokens;
}
