// A page that offers several positions one after another, each opened by a numbered label
// ("POSITION 1: Family Peer Advocate", "Opening 2 - Clinician"), is one posting per label: the
// duties and requirements under the second job's label are that job's, not the peer job's.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { oncePerDocument } from './once-per-document.js';

/** Labels that make a page of several positions: one alone is a heading, not a list. */
const MIN_POSITIONS = 2;
/** A position's label line is short: the label and the job's name. */
const LABEL_LINE_MAX_TOKENS = 14;

/**
 * Per sentence, whether it sits under another position's label than the peer job's (the first
 * label whose line names a peer title). All false when the page has fewer than two labels or
 * no label names a peer job. Read once per document.
 */
export const underAnotherPosition = oncePerDocument((doc: AnalysisDocument, lex: CompiledLexicons): Uint8Array => {
  const { sentences } = doc.structure;
  const other = new Uint8Array(sentences.length);
  const { positionLabels } = lex.agencySections;
  const { tokens } = doc;
  const labels: { start: number; peer: boolean }[] = [];
  for (const line of doc.lines.lines) {
    const [first, end] = doc.tokenRange(line.start, line.end);
    if (end <= first || end - first > LABEL_LINE_MAX_TOKENS) continue;
    if (!positionLabels.matchAll(tokens, first, Math.min(end, first + 4)).some((m) => m.first === first)) continue;
    labels.push({ start: line.start, peer: lex.roles.peerTitles.matcher.test(tokens, first, end) });
  }
  const peerLabel = labels.findIndex((l) => l.peer);
  if (labels.length < MIN_POSITIONS || peerLabel < 0) return other;
  const peerStart = labels[peerLabel]!.start;
  const peerEnd = labels[peerLabel + 1]?.start ?? Number.POSITIVE_INFINITY;
  const firstLabel = labels[0]!.start;
  sentences.forEach((s, i) => {
    const at = tokens[s.first]!.start;
    // Before the first label the page speaks of all its positions; after it, each label's part is its job's.
    if (at >= firstLabel && (at < peerStart || at >= peerEnd)) other[i] = 1;
  });
  return other;
});
