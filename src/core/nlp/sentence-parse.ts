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
 * The sentence's terms with their offsets. Read from compromise's terms directly: each term is
 * its leading whitespace and punctuation (`pre`), its text and what follows (`post`), in order,
 * which is what `.json({ offset: true })` computes, at a fraction of the cost.
 */
export function parseSentence(sentence: string): ParsedTerm[] {
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
