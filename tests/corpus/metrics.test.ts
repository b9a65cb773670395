import { describe, expect, it } from 'vitest';
import { accuracy, prf, summarize } from '../../eval/metrics.js';

describe('prf', () => {
  it('computes precision over findings and recall over expectations', () => {
    const p = prf({ tp: 8, fp: 2, expected: 16, recalled: 8 });
    expect(p.precision).toBeCloseTo(0.8);
    expect(p.recall).toBeCloseTo(0.5);
    expect(p.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
  });

  it('gives null rather than a made-up number when there is nothing to divide by', () => {
    expect(prf({ tp: 0, fp: 0, expected: 0, recalled: 0 })).toMatchObject({ precision: null, recall: null, f1: null });
    expect(prf({ tp: 0, fp: 3, expected: 2, recalled: 0 })).toMatchObject({ precision: 0, recall: 0, f1: null });
  });
});

describe('summarize', () => {
  it('adds documents up per family and micro-averages the overall figure', () => {
    const zero = { tp: 0, fp: 0, expected: 0, recalled: 0 };
    const result = summarize([
      { language: { tp: 3, fp: 1, expected: 4, recalled: 3 }, role: { tp: 1, fp: 0, expected: 2, recalled: 1 }, 'lived-experience': zero },
      { language: { tp: 1, fp: 0, expected: 1, recalled: 1 }, role: zero, 'lived-experience': { tp: 0, fp: 1, expected: 1, recalled: 0 } },
    ]);
    expect(result.language).toMatchObject({ tp: 4, fp: 1, expected: 5, recalled: 4, precision: 0.8, recall: 0.8 });
    expect(result.role).toMatchObject({ precision: 1, recall: 0.5 });
    expect(result['lived-experience']).toMatchObject({ precision: 0, recall: 0 });
    expect(result.overall).toMatchObject({ tp: 5, fp: 2, expected: 8, recalled: 5 });
    expect(result.overall.precision).toBeCloseTo(5 / 7);
  });
});

describe('accuracy', () => {
  it('is the share of correct outcomes', () => {
    expect(accuracy([true, true, false, true])).toEqual({ correct: 3, total: 4, accuracy: 0.75 });
    expect(accuracy([]).accuracy).toBeNull();
  });
});
