// Findings become marks for the page: only those with a span, each pointing at its own text.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.js';
import { marksFromReport } from './marks.js';
import { markSchema } from './protocol.js';

const POSTING = `Peer Support Specialist

You will support addicts and alcoholics in early recovery, monitor medication compliance and answer phones.

Qualifications
Lived experience of recovery is preferred.`;

describe('marksFromReport', () => {
  const report = analyze(POSTING);
  const marks = marksFromReport(report);

  it('marks every finding that stands on text, and only those', () => {
    const withSpan = report.findings.filter((f) => f.end > f.start);
    expect(marks).toHaveLength(withSpan.length);
    expect(report.findings.some((f) => f.end === f.start)).toBe(true); // e.g. "no pay stated"
  });

  it('points each mark at its own text, in a shape the protocol accepts', () => {
    for (const mark of marks) {
      expect(report.text.slice(mark.start, mark.end)).toBe(mark.text);
      expect(markSchema.safeParse(mark).success).toBe(true);
    }
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['addicts', 'alcoholics']));
  });
});
