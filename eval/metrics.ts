// Precision, recall, F1 and accuracy over per-document match counts.
import type { LabelFamily } from './label-schema.js';
import { FAMILIES, type FamilyCounts } from './match-findings.js';

export interface Prf {
  /** null when there is nothing to divide by (no findings, or nothing expected). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  tp: number;
  fp: number;
  expected: number;
  recalled: number;
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

export function zeroCounts(): FamilyCounts {
  return { tp: 0, fp: 0, expected: 0, recalled: 0 };
}

export function addCounts(a: FamilyCounts, b: FamilyCounts): FamilyCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, expected: a.expected + b.expected, recalled: a.recalled + b.recalled };
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function prf(counts: FamilyCounts): Prf {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.recalled, counts.expected);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...counts };
}

/** Sums per-document counts into per-family totals and an overall (micro-averaged) total. */
export function summarize(perDoc: readonly Record<LabelFamily, FamilyCounts>[]): Record<LabelFamily | 'overall', Prf> {
  const totals = Object.fromEntries(FAMILIES.map((f) => [f, zeroCounts()])) as Record<LabelFamily, FamilyCounts>;
  for (const doc of perDoc) {
    for (const family of FAMILIES) totals[family] = addCounts(totals[family], doc[family]);
  }
  const overall = FAMILIES.reduce((acc, f) => addCounts(acc, totals[f]), zeroCounts());
  return {
    language: prf(totals.language),
    role: prf(totals.role),
    'lived-experience': prf(totals['lived-experience']),
    overall: prf(overall),
  };
}

export function accuracy(outcomes: readonly boolean[]): Accuracy {
  const correct = outcomes.filter(Boolean).length;
  return { correct, total: outcomes.length, accuracy: ratio(correct, outcomes.length) };
}
