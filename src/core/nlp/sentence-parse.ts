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

interface JsonTerm {
  text: string;
  normal: string;
  tags: string[];
  offset: { start: number; length: number };
}

export function parseSentence(sentence: string): ParsedTerm[] {
  const json = partsOfSpeech()(sentence).json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
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
