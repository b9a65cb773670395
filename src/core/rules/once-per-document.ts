// A reading several rules ask for (the agency's own parts, the lived-experience reading, the
// organizational signals) is made once per document and lexicon set.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';

/**
 * A sentence filter that keeps each sentence's answer once read (0 not read yet, 1 yes, 2 no):
 * several readers ask about the same sentences again. A sentence index outside the document is
 * read each time.
 */
export function keptPerSentence(doc: AnalysisDocument, read: (sentence: number) => boolean): (sentence: number) => boolean {
  const answers = new Uint8Array(doc.structure.sentences.length);
  return (i) => {
    const known = answers[i];
    if (known === undefined) return read(i);
    if (known === 0) answers[i] = read(i) ? 1 : 2;
    return answers[i] === 1;
  };
}

export function oncePerDocument<T>(read: (doc: AnalysisDocument, lex: CompiledLexicons) => T) {
  const made = new WeakMap<AnalysisDocument, { lex: CompiledLexicons; value: T }>();
  return (doc: AnalysisDocument, lex: CompiledLexicons): T => {
    const known = made.get(doc);
    if (known?.lex === lex) return known.value;
    const value = read(doc, lex);
    made.set(doc, { lex, value });
    return value;
  };
}
