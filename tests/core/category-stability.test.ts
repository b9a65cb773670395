// Fixing a language finding must not move the role category: a suggestion that names a
// condition ("people with a substance use disorder") would otherwise add a category cue, turn a
// general peer posting into a substance-use one, raise a lived-experience mismatch and lower
// the score (found by tests/properties/score-monotone.test.ts, seed 1).
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { rewrite } from '../../src/core/rewrite.js';
import { miniLexicons } from './mini-lexicons.js';

const analyzer = createAnalyzer(loadLexicons(miniLexicons()));
const posting =
  'Peer Support Specialist\n\nMentor addicts in early recovery.\nLived experience of mental health recovery is required.\nSupport people with mental health and substance use needs.\n';

describe('category stability under fixes', () => {
  it('counts a flagged term as the cues of its suggestion', () => {
    const before = analyzer.analyze(posting);
    const addict = before.findings.find((f) => f.ruleId === 'addict')!;
    expect(addict.suggestions[0]).toMatch(/substance use/);
    const fixed = posting.slice(0, addict.start) + addict.suggestions[0] + posting.slice(addict.end);
    const after = analyzer.analyze(fixed);
    expect(after.role.category).toBe(before.role.category);
    expect(after.score).toBeGreaterThanOrEqual(before.score);
  });
  it('rewrites to a fixed point', () => {
    const r = analyzer.analyze(posting);
    const once = rewrite(r.text, r.findings);
    const again = analyzer.analyze(once);
    expect(rewrite(again.text, again.findings)).toBe(once);
  });
});
