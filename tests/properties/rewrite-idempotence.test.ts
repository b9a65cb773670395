// A rewrite is a fixed point: rewriting the rewritten text (analyzed afresh) changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../src/core/index.js';
import { hostileText, postingText } from './arbitraries.js';
import { runs } from './fc-settings.js';

const rewriteOnce = (text: string) => {
  const report = analyze(text);
  return rewrite(report.text, report.findings);
};

describe('rewrite idempotence', () => {
  it('rewrite(rewrite(x)) === rewrite(x), each step re-analyzing its input', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: postingText }, { weight: 1, arbitrary: hostileText }), (text) => {
        const once = rewriteOnce(text);
        expect(rewriteOnce(once)).toBe(once);
      }),
      runs(200),
    );
  });
});
