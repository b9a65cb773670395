// The recorded floors (tests/corpus/baseline.json): measured values minus a margin. The floor
// test reads them; `npm run eval -- --write-baseline` writes them from a fresh measurement.
import * as z from 'zod';
import type { LabelFamily } from './label-schema.js';
import type { EvalResult } from './evaluate.js';
import { FAMILIES } from './match-findings.js';

const unit = z.number().min(0).max(1);
const familyFloor = z.object({ precision: unit, recall: unit }).strict();

export const baselineSchema = z
  .object({
    margin: unit,
    measuredAt: z.string(),
    documents: z.number().int().positive(),
    floors: z.object({ language: familyFloor, role: familyFloor, 'lived-experience': familyFloor }).strict(),
    accuracyFloors: z.object({ isPeerRole: unit, documentKind: unit, category: unit, livedExperience: unit }).strict(),
  })
  .strict();
export type Baseline = z.infer<typeof baselineSchema>;

/** The floors of each split: the written corpus and the real-world development set. */
export const baselinesSchema = z.object({ written: baselineSchema, realworld: baselineSchema }).strict();
export type Baselines = z.infer<typeof baselinesSchema>;

export const DEFAULT_MARGIN = 0.03;

/** Rounded down to two decimals, so a floor never sits above what was measured. */
const floorOf = (value: number | null, margin: number): number => Math.max(0, Math.floor(((value ?? 0) - margin) * 100 + 1e-9) / 100);

export function baselineFrom(result: EvalResult, margin = DEFAULT_MARGIN, measuredAt = new Date().toISOString()): Baseline {
  const floors = Object.fromEntries(
    FAMILIES.map((family) => {
      const m = result.peerlens.families[family];
      return [family, { precision: floorOf(m.precision, margin), recall: floorOf(m.recall, margin) }];
    }),
  ) as Record<LabelFamily, { precision: number; recall: number }>;
  return {
    margin,
    measuredAt,
    documents: result.documents,
    floors,
    accuracyFloors: {
      isPeerRole: floorOf(result.accuracy.isPeerRole.accuracy, margin),
      documentKind: floorOf(result.accuracy.documentKind.accuracy, margin),
      category: floorOf(result.accuracy.category.accuracy, margin),
      livedExperience: floorOf(result.accuracy.livedExperience.accuracy, margin),
    },
  };
}
