// Bibliographic references ("Smith JE. Motivating ... Treatment. Guilford Press, 2004.") cite a
// title as it was published: its words are quoted, not used, so language rules skip them. A line
// is one when it holds a year and a citation cue, or opens with its authors and year.
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';
import type { Line } from '../text/line-index.js';
import type { Token } from '../text/tokenize.js';

const YEAR = /\b(?:19|20)\d{2}\b/;
/** One author as APA style writes one: a surname, a comma, initials ("Lee, J. K."). */
const AUTHOR = String.raw`\p{Lu}[\p{L}'’-]+,[ \t]+\p{Lu}\.(?:[ \t]*\p{Lu}\.)*`;
/** A reference that opens with its authors and year ("Deutsch, A. (1937).", "- Lee, J. K., & Ortiz,
 * M. (2019)."): a reference whatever words follow, with no cue needed. Spaces are read in one place
 * only between the parts, so a long line that is not a reference fails at once, not after trying
 * every way to split its spaces. */
const AUTHORS_AND_YEAR = new RegExp(
  String.raw`^[ \t]*(?:[-*•][ \t]+)?${AUTHOR}(?:,?[ \t]*(?:(?:&|and)[ \t]+)?${AUTHOR})*[ \t]*\((?:19|20)\d{2}[a-z]?\)`,
  'u',
);

/** How many lines above a reference's last line its start may be on, when a page wraps it. */
const WRAPPED_LINES = 2;
/** A line that ends a sentence (or a reference): a full stop, a question or exclamation mark, maybe closed by a quote or bracket. */
const ENDS_A_SENTENCE = /[.!?]["”’)\]]*[ \t]*$/;

/** Token ranges (end exclusive) of lines that read as references: a year and a citation cue, or
 * authors and a year first. A reference wrapped over lines ("Lund PT. Helping Families Through
 * Addiction:" over "A Guide for Counselors. Riverbank Press, 2011.") takes
 * the lines right above its line with the year that break off before a full stop, and its cue may
 * be on one of them ("... Riverbank Press," over "2011."). */
export function citationRanges(
  lines: readonly Line[],
  tokens: readonly Token[],
  cues: PhraseMatcher<string>,
  text: string,
): [number, number][] {
  const ranges: [number, number][] = [];
  const firsts: number[] = [];
  const cited: boolean[] = [];
  let t = 0;
  lines.forEach((line, i) => {
    const first = t;
    while (t < tokens.length && tokens[t]!.start < line.end) t++;
    firsts.push(first);
    cited.push(false);
    if (t === first || !YEAR.test(line.text)) return;
    // The lines above that the reference runs on from: its title, or its publisher before the year.
    let start = i;
    for (let j = i - 1; j >= 0 && i - j <= WRAPPED_LINES; j--) {
      const above = lines[j]!.text;
      if (!above.trim() || cited[j] || ENDS_A_SENTENCE.test(above)) break;
      start = j;
    }
    const isReference = AUTHORS_AND_YEAR.test(line.text) || citedBy(tokens, cues, first, t, text);
    // ... or the cue is on a line above it ("A Guide for Counselors. Riverbank Press," over "2011.").
    if (!isReference && !(start < i && citedBy(tokens, cues, firsts[start]!, first, text))) return;
    cited[i] = true;
    ranges.push([firsts[start]!, t]);
  });
  return ranges;
}

/** A short word in capitals ("ED", "PP", "VOL"): an abbreviation of a reference only with its full
 * stop or colon after it ("Vol. 3", "DOI: 10..."); "visits by ED frequent flyers" names a department. */
const SHORT_CAPITALS = /^\p{Lu}{1,3}$/u;

/** A citation cue in tokens [from, to) (context.json citationCues). */
function citedBy(tokens: readonly Token[], cues: PhraseMatcher<string>, from: number, to: number, text: string): boolean {
  return cues
    .matchAll(tokens, from, to)
    .some((m) => m.end - m.first > 1 || !SHORT_CAPITALS.test(tokens[m.first]!.raw) || /[.:]/.test(text.charAt(tokens[m.first]!.end)));
}
