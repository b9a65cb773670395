// What a posting says of the organization around the peer (lexicons/duties.json signals): the
// first match of each kind, so a check can tell what is said from what is left out.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { DutiesFile } from '../lexicon/schema.js';
import { isNumberWord } from '../patterns/compile-pattern.js';
import { isSumOfMoney } from '../text/money.js';
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
  // A sum of money states pay without a pay word ("Range: $41,200 - $48,900"), unless its line
  // makes it a fee, a bonus or funding (document-kind.json moneyNotPay).
  if (!signals.has('pay')) {
    const notPay = (at: number) => {
      const line = doc.lines.lines[doc.lines.lineAt(doc.tokens[at]!.start)]!;
      return lex.documentKind.moneyNotPay.test(doc.tokens, ...doc.tokenRange(line.start, line.end));
    };
    const at = doc.tokens.findIndex((t, i) => /^\d/.test(t.norm) && isSumOfMoney(doc.text, t) && !notPay(i));
    if (at >= 0) signals.set('pay', { first: at, end: at + 1 });
  }
  if (!signals.has('peer-team')) {
    const team = peerTeamByMembers(doc, lex);
    if (team) signals.set('peer-team', team);
  }
  return signals;
}

/** More than one peer named by the peers themselves: "four other recovery coaches", "another peer specialist". */
function peerTeamByMembers(doc: AnalysisDocument, lex: CompiledLexicons): { first: number; end: number } | null {
  const { tokens } = doc;
  const cues = lex.peerTeamCues;
  for (const m of lex.roles.peerTitles.matcher.matchAll(tokens)) {
    if (lex.roles.peerTitles.entries[m.payload]!.weak) continue;
    const before = m.plural ? cues.beforePlural : cues.beforeSingular;
    const cue = before.matchAll(tokens, Math.max(0, m.first - 4), m.first).find((c) => c.end === m.first);
    if (cue) return { first: cue.first, end: m.end };
    // "six peer specialists" (a number needs no words of its own in the data).
    const prev = tokens[m.first - 1];
    if (m.plural && prev && prev.gap !== 'line' && isNumberWord(prev.norm) && !ONE.has(prev.norm))
      return { first: m.first - 1, end: m.end };
  }
  return null;
}

const ONE = new Set(['one', '1']);
