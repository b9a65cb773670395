// Rounds of whole postings written fresh for one shape of page (a person specification, a
// civil-service class specification, an applicant tracking page), each labeled the way the
// evaluation corpus is (eval/label-schema.ts) before the round was first run: what the document
// is, its category and lived-experience reading, the findings it must report, the spans it must
// not flag and what may go either way. Each case is scored as `npm run eval` scores a document:
// no miss, no false alarm, every classification right.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../eval/evaluate.js';
import { corpusLabelSchema } from '../../eval/label-schema.js';
import type { CorpusDoc } from '../../eval/load-corpus.js';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

/** A label without its file name (the case is its own document), and the document's text. */
export interface LabeledPosting {
  label: Record<string, unknown> & { id: string };
  text: string;
  /** Not read as labeled yet: expected to fail (when it passes, make it a normal case). */
  knownMiss?: true;
}

/** What the evaluation says went wrong with one document: empty when it is read as labeled. */
function mistakesOf(c: LabeledPosting): string[] {
  const label = corpusLabelSchema.parse({ ...c.label, file: `${c.label.id}.txt` });
  const doc: CorpusDoc = { label, path: label.file, input: c.text, text: c.text };
  const r = evaluate([doc], analyze, { withAlex: false });
  return [
    ...r.classificationMistakes.map((m) => `${m.field}: expected ${m.expected}, got ${m.actual}`),
    ...r.peerlens.misses.map((m) => `missed (${m.family}) ${JSON.stringify(m.quote || m.kind)}`),
    ...r.peerlens.unlocated.map((u) => `quote not in the text: ${JSON.stringify(u.quote)}`),
    ...r.peerlens.falseAlarms.map((f) => `false alarm ${f.ruleId} on ${JSON.stringify(f.text)}`),
  ];
}

export function describeLabeledPostingRound(round: string, cases: readonly LabeledPosting[]): void {
  beforeAll(loadPartsOfSpeech);
  const read = cases.filter((c) => !c.knownMiss);
  const missed = cases.filter((c) => c.knownMiss);
  describe(`${round}: each posting read as labeled, no miss and no false alarm`, () => {
    it.each(read.map((c) => [c.label.id, c] as const))('%s', (_id, c) => expect(mistakesOf(c)).toEqual([]));
  });
  if (missed.length)
    describe(`${round}: postings not read as labeled yet`, () => {
      it.fails.each(missed.map((c) => [c.label.id, c] as const))('%s', (_id, c) => expect(mistakesOf(c)).toEqual([]));
    });
}
