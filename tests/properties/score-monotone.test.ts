// Fixing a language finding never lowers the score: replacing the flagged words by the first
// suggestion, in a posting built from the lexicons' own examples, scores at least as high.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { postingTextWithPositive } from './arbitraries.js';
import { runs } from './fc-settings.js';

describe('score monotonicity', () => {
  it('never drops when a flagged term is replaced by its suggestion', () => {
    fc.assert(
      fc.property(postingTextWithPositive, ({ text, positive }) => {
        const before = analyze(text);
        const fixable = before.findings.filter((f) => f.family === 'language' && f.fix === 'replace' && f.suggestions.length);
        // The positive is flagged: by its language entry, or by the duty that covers it in a peer
        // posting ("Monitor treatment compliance ...": lexicon coveredByDuties), whose fix is the duty's.
        const coveredByDuty = before.findings.some((f) => f.family === 'role' && f.start < positive.end && f.end > positive.start);
        expect(fixable.length > 0 || coveredByDuty).toBe(true);
        for (const f of fixable) {
          const fixed = text.slice(0, f.start) + f.suggestions[0] + text.slice(f.end);
          const after = analyze(fixed);
          expect(after.score, `"${f.text}" → "${f.suggestions[0]}" in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(before.score);
          expect(after.subscores.language, `language subscore after fixing "${f.text}"`).toBeGreaterThanOrEqual(before.subscores.language);
        }
      }),
      runs(200),
    );
  });
});
