// Same input, same report: no clock, no randomness, no state carried from one call to the next
// (the custom-term cache included), and a freshly built analyzer agrees with the shared one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, bundledLexicons, createAnalyzer, loadLexicons } from '../../src/core/index.js';
import { analyzeOptions, hostileText, postingText } from './arbitraries.js';
import { runs } from './fc-settings.js';

const fresh = createAnalyzer(loadLexicons(bundledLexicons));

describe('determinism', () => {
  it('gives a deep-equal report for the same input and options', () => {
    fc.assert(
      fc.property(fc.oneof(postingText, hostileText), analyzeOptions, postingText, (text, options, other) => {
        const first = analyze(text, options);
        analyze(other); // a call in between must not change the next answer
        expect(analyze(text, options)).toEqual(first);
        expect(fresh.analyze(text, options)).toEqual(first);
      }),
      runs(150),
    );
  });
});
