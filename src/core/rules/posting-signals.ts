// What a posting says of the organization around the peer (lexicons/duties.json signals): the
// first match of each kind, so a check can tell what is said from what is left out.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { DutiesFile } from '../lexicon/schema.js';
import { oncePerDocument } from './once-per-document.js';

export type SignalKind = DutiesFile['signals'][number]['kind'];

type Signals = ReadonlyMap<SignalKind, { first: number; end: number }>;

/** Read once per document: the organizational check and the job seeker's questions both ask. */
export const postingSignals = oncePerDocument(readSignals);

function readSignals(doc: AnalysisDocument, lex: CompiledLexicons): Signals {
  const signals = new Map<SignalKind, { first: number; end: number }>();
  for (const m of lex.signals.matcher.matchAll(doc.tokens)) {
    const kind = lex.signals.entries[m.payload]!.kind;
    if (!signals.has(kind)) signals.set(kind, m);
  }
  return signals;
}
