// compromise, run only on the sentences where a candidate needs context (parts of speech,
// the subject of a verb). Running it over every sentence would be as slow as alex.
import { partsOfSpeech } from './parts-of-speech.js';

export interface ParsedTerm {
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
  /** offsets relative to the sentence */
  start: number;
  end: number;
}

/** The fields of a compromise term this reads (its document model, `View.docs`). */
interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
}

/**
 * Parses of recent sentences, by their text. compromise gives the same parse for the same
 * sentence, and documents repeat themselves (boilerplate, list items, a text pasted many times
 * over), so a sentence seen again costs a lookup instead of a parse. Bounded: the oldest entry
 * goes when it is full. Callers only read the terms.
 */
/** The term that holds the character at `offset` of its sentence, if one does. */
export function termCovering(terms: readonly ParsedTerm[], offset: number): ParsedTerm | undefined {
  return terms.find((t) => t.start <= offset && offset < t.end);
}

const CACHE_SIZE = 4096;
const cache = new Map<string, ParsedTerm[]>();

export function parseSentence(sentence: string): ParsedTerm[] {
  const known = cache.get(sentence);
  if (known) return known;
  const parsed = parseUncached(sentence);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(sentence, parsed);
  return parsed;
}

/**
 * The sentence's terms with their offsets. Read from compromise's terms directly: each term is
 * its leading whitespace and punctuation (`pre`), its text and what follows (`post`), in order,
 * which is what `.json({ offset: true })` computes, at a fraction of the cost.
 */
function parseUncached(sentence: string): ParsedTerm[] {
  const out: ParsedTerm[] = [];
  let at = 0;
  for (const terms of partsOfSpeech()(sentence).docs as Term[][]) {
    for (const t of terms) {
      const start = at + t.pre.length;
      out.push({ text: t.text, normal: t.normal, tags: new Set(t.tags), start, end: start + t.text.length });
      at = start + t.text.length + t.post.length;
    }
  }
  return out;
}
