// Bibliographic references ("Smith JE. Motivating ... Treatment. Guilford Press, 2004.") cite a
// title as it was published: its words are quoted, not used, so language rules skip them.
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';
import type { Line } from '../text/line-index.js';
import type { Token } from '../text/tokenize.js';

const YEAR = /\b(?:19|20)\d{2}\b/;

/** Token ranges (end exclusive) of lines that read as references: a year and a citation cue. */
export function citationRanges(lines: readonly Line[], tokens: readonly Token[], cues: PhraseMatcher<string>): [number, number][] {
  const ranges: [number, number][] = [];
  let t = 0;
  for (const line of lines) {
    const first = t;
    while (t < tokens.length && tokens[t]!.start < line.end) t++;
    if (t > first && YEAR.test(line.text) && cues.test(tokens, first, t)) ranges.push([first, t]);
  }
  return ranges;
}
