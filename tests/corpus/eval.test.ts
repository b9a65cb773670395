// Fails when PeerLens's precision or recall on the labeled corpus drops below the floors recorded
// in baseline.json (see BASELINE.md; refresh with `npm run eval -- --write-baseline`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { baselineSchema } from '../../scripts/eval/baseline.js';
import { evaluate } from '../../scripts/eval/evaluate.js';
import { CORPUS_DIR, loadCorpus } from '../../scripts/eval/load-corpus.js';
import { FAMILIES } from '../../scripts/eval/match-findings.js';

const baseline = baselineSchema.parse(JSON.parse(readFileSync(join(CORPUS_DIR, 'baseline.json'), 'utf8')));
const result = evaluate(await loadCorpus(), analyze);

describe('PeerLens on the labeled corpus', () => {
  it.each(FAMILIES)('%s: precision and recall stay at or above the floor', (family) => {
    const measured = result.peerlens.families[family];
    const floor = baseline.floors[family];
    const misses = result.peerlens.misses.filter((m) => m.family === family).map((m) => `${m.doc}: ${m.quote || m.kind}`);
    const alarms = result.peerlens.falseAlarms
      .filter((f) => f.family === family)
      .map((f) => `${f.doc}: ${f.ruleId} ${JSON.stringify(f.text)}`);
    expect(measured.precision ?? 0, `false alarms:\n${alarms.join('\n')}`).toBeGreaterThanOrEqual(floor.precision);
    expect(measured.recall ?? 0, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(floor.recall);
  });

  it('classifies role, category and lived-experience status at or above the floor', () => {
    const mistakes = result.classificationMistakes.map((m) => `${m.doc} ${m.field}: ${m.expected} -> ${m.actual}`).join('\n');
    expect(result.accuracy.isPeerRole.accuracy ?? 0, mistakes).toBeGreaterThanOrEqual(baseline.accuracyFloors.isPeerRole);
    expect(result.accuracy.category.accuracy ?? 0, mistakes).toBeGreaterThanOrEqual(baseline.accuracyFloors.category);
    expect(result.accuracy.livedExperience.accuracy ?? 0, mistakes).toBeGreaterThanOrEqual(
      baseline.accuracyFloors.livedExperience,
    );
  });

  it('finds every label quote in the analyzed text', () => {
    expect(result.peerlens.unlocated).toEqual([]);
  });

  it('was measured on the corpus as it is now', () => {
    expect(baseline.documents).toBe(result.documents);
  });
});
