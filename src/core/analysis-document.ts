// Everything the rules read about one text, computed once: tokens, sentences, headings,
// quoted spans, proper-name coverage, and (lazily) compromise parses of single sentences.
import { tokenize, type Token, type Vocabulary } from './text/tokenize.js';
import { firstAtLeast } from './text/sorted-search.js';
import { lineIndexOf, type LineIndex } from './text/line-index.js';
import { isJoiningLine, structureOf, type DocumentStructure } from './text/document-structure.js';
import { insideAny, quotedSpans, type Span } from './context/quoted-spans.js';
import { properNameRanges, type NameWords } from './context/proper-names.js';
import { citationRanges } from './context/citations.js';
import { workTitleRanges } from './context/work-titles.js';
import { parseSentence, type ParsedTerm } from './nlp/sentence-parse.js';
import type { PhraseMatcher } from './patterns/phrase-matcher.js';

export interface AnalysisDocument {
  text: string;
  tokens: Token[];
  structure: DocumentStructure;
  quoted: Span[];
  /** per token: inside a proper name or a cited reference */
  inProperName: Uint8Array;
  /** compromise terms of sentence i (offsets relative to the sentence start), parsed on demand */
  parse(sentenceIndex: number): ParsedTerm[];
  /** text of token range [first, end) */
  slice(first: number, end: number): { start: number; end: number; text: string };
  /** The tokens [first, end) that overlap the text range [start, end) (binary search). */
  tokenRange(start: number, end: number): [number, number];
  /** The text's lines, found once. */
  lines: LineIndex;
  /** Offset where the line holding `offset` starts (binary search, not a scan back). */
  lineStart(offset: number): number;
  /** Sentence i as a reader sees it: with the closing brackets, quotes and stop right after its last word. */
  sentenceText(i: number): string;
}

const CLOSERS = new Set([')', ']', '"', '”', '’', '.', '!', '?']);

/** Each token's start and end offsets, ascending (tokens are in text order and never overlap). */
interface TokenBounds {
  starts: Int32Array;
  ends: Int32Array;
}

function tokenBounds(tokens: readonly Token[]): TokenBounds {
  const starts = new Int32Array(tokens.length);
  const ends = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    starts[i] = tokens[i]!.start;
    ends[i] = tokens[i]!.end;
  }
  return { starts, ends };
}

/** The tokens from `first` to `end` stand inside quotation marks: a quoted phrase is someone's words, not the text's. */
export function inQuotes(doc: AnalysisDocument, m: { first: number; end: number }): boolean {
  const span = doc.slice(m.first, m.end);
  return insideAny(doc.quoted, span.start, span.end);
}

export function buildDocument(
  text: string,
  title: DocumentStructure['title'],
  properNames: PhraseMatcher<string>,
  citationCues?: PhraseMatcher<string>,
  personNouns?: ReadonlySet<string>,
  workTitleCues?: PhraseMatcher<string>,
  nameWords?: NameWords,
  jobHeads?: PhraseMatcher<string>,
  vocabulary?: Vocabulary,
): AnalysisDocument {
  const tokens = tokenize(text, vocabulary);
  const lines = lineIndexOf(text);
  const structure = structureOf(text, tokens, title, lines, jobHeads);
  const inProperName = new Uint8Array(tokens.length);
  const { sentenceOf } = structure;
  // A line break inside a sentence is a paragraph wrapped at a fixed width (text from a PDF or an
  // email): its words are read as if the line ran on, with a space between them. An "OR" on a line
  // of its own between two ways to qualify keeps its breaks.
  const joiningLine = (k: number) => isJoiningLine(lines.lines[lines.lineAt(tokens[k]!.start)]!.text);
  for (let k = 1; k < tokens.length; k++)
    if (tokens[k]!.gap === 'line' && sentenceOf[k] === sentenceOf[k - 1] && !joiningLine(k) && !joiningLine(k - 1))
      tokens[k] = { ...tokens[k]!, gap: 'space' };
  for (const [a, b] of properNameRanges(tokens, properNames, personNouns, nameWords)) inProperName.fill(1, a, b);
  // A reference line cites a published title: treated like a name, never flagged inside.
  if (workTitleCues) for (const [a, b] of workTitleRanges(text, tokens, workTitleCues)) inProperName.fill(1, a, b);
  if (citationCues) for (const [a, b] of citationRanges(lines.lines, tokens, citationCues, text)) inProperName.fill(1, a, b);
  // By sentence text: a parse depends on the sentence alone, and long documents repeat
  // sentences (boilerplate, lists of postings), each then parsed once.
  const parses = new Map<string, ParsedTerm[]>();
  let bounds: TokenBounds | undefined;
  return {
    text,
    tokens,
    structure,
    quoted: quotedSpans(text),
    inProperName,
    parse(i) {
      const s = structure.sentences[i]!;
      const sentence = text.slice(s.start, s.end);
      let p = parses.get(sentence);
      if (!p) {
        p = parseSentence(sentence);
        parses.set(sentence, p);
      }
      return p;
    },
    tokenRange(start, end) {
      // Searched in the tokens' offsets copied into two typed arrays once: a long text asks for
      // thousands of ranges, and each search through the token objects read one far apart in memory.
      bounds ??= tokenBounds(tokens);
      const lo = firstAtLeast(bounds.ends, start + 1, 0);
      return [lo, firstAtLeast(bounds.starts, end, lo)];
    },
    sentenceText(i) {
      const s = structure.sentences[i]!;
      let end = s.end;
      while (end < text.length && CLOSERS.has(text[end]!)) end++;
      return text.slice(s.start, end);
    },
    slice(first, end) {
      const start = tokens[first]!.start;
      const stop = tokens[end - 1]!.end;
      return { start, end: stop, text: text.slice(start, stop) };
    },
    lines,
    lineStart: lines.lineStart,
  };
}
