// Findings become marks for the page: only those with a span, each pointing at its own text;
// overlapping findings share one mark that lists each reason, most points first.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { findingsIn, marksFromReport } from '../../src/extension/marks/marks.js';
import { markSchema } from '../../src/extension/messaging/protocol.js';
import { sourceReference } from '../../src/core/sources/source-reference.js';

const POSTING = `Peer Support Specialist

You will support addicts and alcoholics in early recovery, monitor medication compliance and answer phones.
Report non-compliant clients to the team.

Qualifications
Lived experience of recovery is preferred.`;

describe('marksFromReport', () => {
  const report = analyze(POSTING);
  const marks = marksFromReport(report);

  it('gives every finding that stands on text a place in exactly one mark, and only those', () => {
    const withSpan = report.findings.filter((f) => f.end > f.start);
    const reasons = marks.flatMap((m) => m.reasons.map((r) => r.id));
    expect(reasons).toHaveLength(withSpan.length);
    expect(new Set(reasons).size).toBe(reasons.length);
    expect(report.findings.some((f) => f.end === f.start)).toBe(true); // e.g. "no pay stated"
  });

  it('points each mark and each reason at its own text, in a shape the protocol accepts', () => {
    for (const mark of marks) {
      expect(report.text.slice(mark.start, mark.end)).toBe(mark.text);
      for (const r of mark.reasons) {
        expect(report.text.slice(r.start, r.end)).toBe(r.text);
        expect(r.start >= mark.start && r.end <= mark.end).toBe(true);
      }
      expect(markSchema.safeParse(mark).success).toBe(true);
    }
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['addicts', 'alcoholics']));
  });

  it('gives each reason its first source’s public address, for the card’s link, and none when the source has none', () => {
    const reasons = marks.flatMap((m) => m.reasons);
    const byId = new Map(report.findings.map((f, i) => [`f${i}`, f]));
    const linked = reasons.filter((r) => r.sourceUrl !== undefined);
    expect(linked.length).toBeGreaterThan(0);
    for (const r of reasons) {
      const first = byId.get(r.id)?.sources[0];
      expect(r.sourceUrl).toBe(first ? sourceReference(first).url : undefined);
      if (r.sourceUrl) expect(r.sourceUrl).toMatch(/^https?:\/\//);
    }
  });

  it('refuses an address that is not a web page, so the card never links anything else', () => {
    const mark = structuredClone(marks[0]!);
    mark.reasons[0]!.sourceUrl = 'javascript:alert(1)';
    expect(markSchema.safeParse(mark).success).toBe(false);
  });

  it('never lets two marks overlap, and lists the reasons of a shared mark most points first', () => {
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);
    const shared = marks.filter((m) => m.reasons.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const mark of shared) {
      const points = mark.reasons.map((r) => r.points);
      expect(points).toEqual([...points].sort((a, b) => b - a));
      expect(mark.id).toBe(mark.reasons[0]!.id);
    }
  });

  it('turns the ids of drawn marks back into the ids of their findings', () => {
    const shared = marks.find((m) => m.reasons.length > 1)!;
    const single = marks.find((m) => m.reasons.length === 1)!;
    expect(findingsIn([shared.id, single.id, 'gone'], marks).sort()).toEqual(
      [...shared.reasons, ...single.reasons].map((r) => r.id).sort(),
    );
  });
});
