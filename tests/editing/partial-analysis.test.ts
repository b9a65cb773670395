import { describe, expect, it } from 'vitest';
import { getAnalyzer } from '../../src/core/index.js';
import type { Finding, Report } from '../../src/core/types.js';
import { analyzePart, partToRecheck } from '../../src/extension/editing/partial-analysis.js';

const paragraphs = [
  'Peer Support Specialist',
  'The Peer Support Specialist walks alongside adults in our program and shares their own recovery story when it helps.',
  'Co-facilitate wellness and recovery groups, and advocate alongside people in meetings with providers.',
  'Each week the team reviews what people asked for and what helped.',
  'Lived experience of mental health recovery is required.',
];
const draft = paragraphs.join('\n\n');
const spans = (report: Report) => report.findings.map((f: Finding) => `${f.ruleId}@${f.start}-${f.end}:${f.text}`);

describe('analyzePart', () => {
  const analyzer = getAnalyzer();
  const previous = analyzer.analyze(draft);

  it('finds what a full check finds after an edit inside one paragraph, and scores the same', () => {
    const edited = draft.replace('what people asked for', 'what addicts asked for');
    const partial = analyzePart(analyzer, edited, previous, {});
    const full = analyzer.analyze(edited);
    expect(spans(partial)).toEqual(spans(full));
    expect(partial.findings.map((f) => f.text)).toContain('addicts');
    expect(partial.score).toBe(full.score);
    expect(partial.text).toBe(edited);
  });

  it('moves the findings after the edit and drops those of the edited paragraph', () => {
    const flagged = analyzer.analyze(draft.replace('what helped', 'what helped addicts'));
    const fixed = draft
      .replace('what helped', 'what helped people')
      .replace('Peer Support Specialist walks', 'Peer Support Specialist, more and more, walks');
    const partial = analyzePart(analyzer, fixed, flagged, {});
    expect(spans(partial)).toEqual(spans(analyzer.analyze(fixed)));
    expect(partial.findings.map((f) => f.text)).not.toContain('addicts');
  });

  it('asks for a full check when most of the text changed, and none when nothing did', () => {
    expect(partToRecheck(previous, draft)).toEqual({ start: 0, end: 0 });
    expect(partToRecheck(previous, 'Something else entirely.')).toBeNull();
    const edited = draft.replace('what helped', 'what helped most');
    const part = partToRecheck(previous, edited)!;
    expect(edited.slice(part.start, part.end)).toBe(paragraphs[3]!.replace('what helped', 'what helped most'));
  });
});
