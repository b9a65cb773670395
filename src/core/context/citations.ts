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

/** Token ranges (end exclusive) of lines that read as references: a year and a citation cue, or
 * authors and a year first. */
export function citationRanges(lines: readonly Line[], tokens: readonly Token[], cues: PhraseMatcher<string>): [number, number][] {
  const ranges: [number, number][] = [];
  let t = 0;
  for (const line of lines) {
    const first = t;
    while (t < tokens.length && tokens[t]!.start < line.end) t++;
    if (t > first && YEAR.test(line.text) && (AUTHORS_AND_YEAR.test(line.text) || cues.test(tokens, first, t))) ranges.push([first, t]);
  }
  return ranges;
}
