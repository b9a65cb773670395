// Fails when PeerLens's precision, recall or classification accuracy on either labeled split
// drops below the floors recorded in baseline.json (see BASELINE.md; refresh with
// `npm run eval -- --write-baseline`). The real-world split lives in ../shared/corpus-realworld:
// on CI its absence is a failure, not a skip.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { baselinesSchema, type Baseline } from '../../eval/baseline.js';
import { evaluate, type EvalResult } from '../../eval/evaluate.js';
import { CORPUS_DIR, REALWORLD_DIR, loadCorpus } from '../../eval/load-corpus.js';
import { FAMILIES } from '../../eval/match-findings.js';

const baselines = baselinesSchema.parse(JSON.parse(readFileSync(join(CORPUS_DIR, 'baseline.json'), 'utf8')));
const realworldPresent = existsSync(REALWORLD_DIR);

function floorsHold(name: string, baseline: Baseline, result: () => EvalResult) {
  describe(`PeerLens on the ${name}`, () => {
    it.each(FAMILIES)('%s: precision and recall stay at or above the floor', (family) => {
      const r = result();
      const measured = r.peerlens.families[family];
      const floor = baseline.floors[family];
      const misses = r.peerlens.misses.filter((m) => m.family === family).map((m) => `${m.doc}: ${m.quote || m.kind}`);
      const alarms = r.peerlens.falseAlarms
        .filter((f) => f.family === family)
        .map((f) => `${f.doc}: ${f.ruleId} ${JSON.stringify(f.text)}`);
      expect(measured.precision ?? 0, `false alarms:\n${alarms.join('\n')}`).toBeGreaterThanOrEqual(floor.precision);
      expect(measured.recall ?? 0, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(floor.recall);
    });

    it('classifies document kind, role, category and lived-experience status at or above the floor', () => {
      const r = result();
      const mistakes = r.classificationMistakes.map((m) => `${m.doc} ${m.field}: ${m.expected} -> ${m.actual}`).join('\n');
      for (const key of ['isPeerRole', 'documentKind', 'category', 'livedExperience'] as const)
        expect(r.accuracy[key].accuracy ?? 0, `${key}\n${mistakes}`).toBeGreaterThanOrEqual(baseline.accuracyFloors[key]);
    });

    it('finds every label quote in the analyzed text', () => {
      expect(result().peerlens.unlocated).toEqual([]);
    });

    it('was measured on the split as it is now', () => {
      expect(baseline.documents).toBe(result().documents);
    });
  });
}

const written = evaluate(await loadCorpus(), analyze);
floorsHold('written corpus', baselines.written, () => written);

if (realworldPresent) {
  const realworld = evaluate(await loadCorpus(REALWORLD_DIR), analyze);
  floorsHold('real-world development set', baselines.realworld, () => realworld);
} else if (process.env.CI) {
  it('has the real-world development set beside the repository on CI', () => {
    expect.fail(`../shared/corpus-realworld is missing (looked in ${REALWORLD_DIR}); CI must evaluate it.`);
  });
} else {
  it.skip(`real-world development set: not found at ${REALWORLD_DIR} (outside CI, skipped)`, () => {});
}
