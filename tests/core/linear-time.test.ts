// Regressions for the quadratic spots found while benching 5 MB inputs (see bench/). Each input
// below took minutes (or threw) before its fix and takes well under a second after it. The tests
// assert what comes out; how long it takes is measured in `npm run bench` (bench/huge-inputs.ts),
// not here. The generous timeout only stops a run that hangs.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { rewrite } from '../../src/core/rewrite.js';
import { quotedSpans } from '../../src/core/context/quoted-spans.js';
import { tokenize } from '../../src/core/text/tokenize.js';
import { MAX_SENTENCE_TOKENS, structureOf } from '../../src/core/text/document-structure.js';
import type { Finding } from '../../src/core/types.js';
import { HUGE_INPUTS, MEMBERS_TERM } from './huge-inputs.js';
import { miniLexicons } from './mini-lexicons.js';

const analyzer = createAnalyzer(loadLexicons(miniLexicons()));
describe('huge inputs that were quadratic', { timeout: 180_000 }, () => {
  it('finds the next non-blank line once, not per line (100,000 short lines)', () => {
    const text = HUGE_INPUTS.shortLines();
    const value = analyzer.analyze(text);
    expect(value.role.isPeerRole).toBe(true);
  });

  it('finds line starts without scanning back to the start of a one-line text', () => {
    const text = HUGE_INPUTS.oneLine();
    const tokens = tokenize(text);
    const value = structureOf(text, tokens, null);
    expect(value.sentences).toHaveLength(50_000);
  });

  it('cuts a run of words with no sentence end into bounded sentences', () => {
    const text = HUGE_INPUTS.endlessSentence();
    const tokens = tokenize(text);
    const s = structureOf(text, tokens, null);
    expect(Math.max(...s.sentences.map((x) => x.endTok - x.first))).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    const value = analyzer.analyze(text);
    expect(value.findings.filter((f) => f.ruleId === 'suffer-from').length).toBeGreaterThan(100);
  });

  it('finds an inline label without scanning back to the line start (one line, 40,000 mentions)', () => {
    const text = HUGE_INPUTS.mentionsOnOneLine();
    const value = analyzer.analyze(text);
    expect(value.livedExperience.status).toBe('required');
  });

  it('scans for closing quotes once per kind of mark (50,000 unclosed “)', () => {
    const text = HUGE_INPUTS.unclosedQuotes();
    const value = quotedSpans(text);
    expect(value).toEqual([]);
    expect(analyzer.analyze(text).findings.filter((f) => f.ruleId === 'addict')).toHaveLength(50_000);
  });

  it('keeps the same quoted spans as a scan per opening mark', () => {
    const text = `He said "addicts" and 'clean' then “crazy” but don't ‘quote’ '\n\nlost' "a\n\nb" “x`;
    expect(quotedSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['addicts', 'clean', 'crazy', 'quote']);
  });

  it('drops overlapping matches without comparing each with every kept one (100,000 findings)', () => {
    const text = HUGE_INPUTS.overlappingFindings();
    const value = analyzer.analyze(text);
    expect(value.findings).toHaveLength(100_000);
  });

  it('merges more custom-term findings than a function call takes arguments', () => {
    const value = analyzer.analyze(HUGE_INPUTS.customTermFindings(), { customTerms: MEMBERS_TERM });
    expect(value.findings.filter((f) => f.ruleId === 'custom-members')).toHaveLength(150_000);
  });

  it('rewrites 50,000 replacements in one pass', () => {
    const text = HUGE_INPUTS.replacements();
    const report = analyzer.analyze(text);
    const value = rewrite(report.text, report.findings);
    expect(value).toBe('people with a substance use disorder '.repeat(50_000));
  });

  it('trims trailing space without a regex that backtracks on inner whitespace', () => {
    const text = HUGE_INPUTS.innerSpaces();
    const insert: Finding = {
      ruleId: 'le-absent',
      family: 'lived-experience',
      severity: 'error',
      start: 0,
      end: 0,
      text: '',
      message: 'Lived experience is not required.',
      suggestions: ['Lived experience of recovery required.'],
      points: 0,
      sources: [],
      fix: 'insert',
    };
    const value = rewrite(text, [insert]);
    expect(value.endsWith('y\n\nMinimum qualifications\n- Lived experience of recovery required.\n')).toBe(true);
  });
});
