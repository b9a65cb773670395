// compromise, run only on the sentences where a candidate needs context (parts of speech,
// the subject of a verb). Running it over every sentence would be as slow as alex.
import nlp from 'compromise';

export interface ParsedTerm {
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
  /** offsets relative to the sentence */
  start: number;
  end: number;
}

interface JsonTerm {
  text: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * Parses of recent sentences, by their text. compromise gives the same parse for the same
 * sentence, and documents repeat themselves (boilerplate, list items, a text pasted many times
 * over), so a sentence seen again costs a lookup instead of a parse. Bounded: the oldest entry
 * goes when it is full. Callers only read the terms.
 */
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

function parseUncached(sentence: string): ParsedTerm[] {
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  return json.flatMap((s) =>
    s.terms.map((t) => ({
      text: t.text,
      normal: t.normal,
      tags: new Set(t.tags),
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
    })),
  );
}
