// A reading several rules ask for (the agency's own parts, the lived-experience reading, the
// organizational signals) is made once per document and lexicon set.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';

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
