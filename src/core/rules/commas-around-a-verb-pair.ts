// A second verb set off by commas between a first verb and the object both share: "You have
// raised, or are raising, a child with ...", "must have lived with, and recovered from, a mental
// health condition". Patterns never cross punctuation, so the object is hidden from the first
// verb; this gives a matcher the tokens without the clause between the commas ("You have raised a
// child with ..."), with the way back to the document's token indices.
import type { Token } from '../text/tokenize.js';

/** Most words of the clause between the commas ("or are currently raising"). */
const MOST_WORDS_INSIDE = 4;
const COMMA = /^,[ \t]+$/;
const JOINING = new Set(['and', 'or']);
/** A verb form that can take an object: a past form or a present participle. */
const VERB_FORM = /^[a-z]{3,}(ed|ing|en)$/;
/** Past forms without -ed ("been through", "gone through"). */
const IRREGULAR_PAST = new Set(['been', 'gone', 'grown', 'known', 'felt', 'had', 'seen']);
/** A verb may end its clause with the preposition that takes the object ("recovered from"). */
const PREPOSITIONS = new Set(['from', 'with', 'through', 'in', 'of', 'for', 'into', 'as']);

const verbForm = (w: string) => VERB_FORM.test(w) || IRREGULAR_PAST.has(w);
/** A verb form, or a preposition right after one ("lived with", "recovered from"). */
const verbEnd = (tokens: readonly Token[], i: number) =>
  verbForm(tokens[i]!.norm) || (PREPOSITIONS.has(tokens[i]!.norm) && i > 0 && tokens[i]!.gap === 'space' && verbForm(tokens[i - 1]!.norm));

const commaBefore = (text: string, tokens: readonly Token[], j: number) =>
  tokens[j]!.gap === 'punct' && COMMA.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));

export interface TokensWithoutClauses {
  tokens: readonly Token[];
  /** For each of these tokens, its index among the document's (null when nothing was left out). */
  original: Int32Array | null;
}

/** The tokens without each such clause, the object joined to the first verb by a space. */
export function withoutCommaVerbClauses(text: string, tokens: readonly Token[]): TokensWithoutClauses {
  const cut: [number, number][] = [];
  for (let j = 1; j < tokens.length; j++) {
    if (!JOINING.has(tokens[j]!.norm) || !commaBefore(text, tokens, j) || !verbEnd(tokens, j - 1)) continue;
    // The clause: "and"/"or" then a few words on spaces, closed by the second comma.
    let k = j + 1;
    while (k < tokens.length && k - j <= MOST_WORDS_INSIDE && tokens[k]!.gap === 'space') k++;
    if (k >= tokens.length || k - j < 2 || k - j > MOST_WORDS_INSIDE || !commaBefore(text, tokens, k) || !verbEnd(tokens, k - 1)) continue;
    cut.push([j, k]);
    j = k;
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
    kept.push({ ...tokens[k]!, gap: 'space' });
    original.push(k);
    from = k + 1;
  }
  for (let i = from; i < tokens.length; i++) keep(i);
  return { tokens: kept, original: Int32Array.from(original) };
}

/** A match over the shortened tokens as a span of the document's tokens. */
export function inDocument(w: TokensWithoutClauses, m: { first: number; end: number }): { first: number; end: number } {
  if (!w.original) return m;
  return { first: w.original[m.first]!, end: w.original[m.end - 1]! + 1 };
}
