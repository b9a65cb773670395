// The documented input limit: past MAX_ANALYZE_CHARS only a prefix is analyzed, cut at a break,
// with a notice in report.notes; report.text stays whole so offsets and rewrites lose nothing.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/core/analyze.js';
import { MAX_ANALYZE_CHARS } from '../../src/core/index.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { rewrite } from '../../src/core/rewrite.js';
import { analyzedLength } from '../../src/core/text/input-limit.js';
import { miniLexicons } from './mini-lexicons.js';

const analyzer = createAnalyzer(loadLexicons(miniLexicons()));

describe('analyzedLength', () => {
  it('keeps a text that fits', () => {
    expect(analyzedLength('short text', 100)).toBe(10);
    expect(MAX_ANALYZE_CHARS).toBe(5 * 1024 * 1024);
  });
  it('cuts at a paragraph break, else a line break, else a space', () => {
    expect(analyzedLength('one two\nthree\n\nfour five six', 20)).toBe(13);
    expect(analyzedLength('one two\nthree four five six', 20)).toBe(7);
    expect(analyzedLength('one two three four five six', 20)).toBe(18);
  });
  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(20);
    const cut = analyzedLength(text, 11);
    expect(cut).toBe(10);
    expect(text.slice(0, cut)).toBe('😀'.repeat(5));
  });
  it('analyzes nothing for a limit below one', () => {
    expect(analyzedLength('abc', 0)).toBe(0);
    expect(analyzedLength('abc', Number.NaN)).toBe(0);
  });
});

describe('analyze past the limit', () => {
  const head = 'Recovery Coach\n\nWe help addicts.\n\n';
  const tail = 'Addicts again.\n'.repeat(50);
  const text = head + tail;

  it('analyzes the prefix, says so, and keeps the whole text', () => {
    const report = analyzer.analyze(text, { maxChars: head.length + 5 });
    expect(report.text).toBe(text);
    // cut at the paragraph break that ends the head, before the limit
    const cut = head.length - 2;
    expect(report.notes[0]).toContain(
      `too long to analyze in full: only the first ${cut} of ${text.length} characters were analyzed (the limit is ${head.length + 5})`,
    );
    const addicts = report.findings.filter((f) => f.ruleId === 'addict');
    expect(addicts).toHaveLength(1);
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('rewrites the analyzed part and keeps the rest as it was', () => {
    const report = analyzer.analyze(text, { maxChars: head.length + 5 });
    const revised = rewrite(report.text, report.findings);
    expect(revised.startsWith('Recovery Coach\n\nWe help people with a substance use disorder.')).toBe(true);
    expect(revised).toContain(tail);
  });

  it('adds no notice when the text fits', () => {
    expect(analyzer.analyze(text).notes.join(' ')).not.toMatch(/too long/);
  });
});
