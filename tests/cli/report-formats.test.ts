import { describe, expect, it } from 'vitest';
import { formatJson, joinJsonReports, reportJsonText, reportToJson } from '../../src/report/format-json.js';
import { escapeMarkdown, formatMarkdown } from '../../src/report/format-markdown.js';
import { formatText } from '../../src/report/format-text.js';
import { analyzeOutputSchema, reportJsonSchema } from '../../src/report/report-schema.js';
import { lineStarts, positionAt } from '../../src/report/text-position.js';
import { sampleReport } from './sample-report.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character starts a terminal colour code
const ANSI = /\u001b\[[0-9;]*m/;

describe('JSON format', () => {
  it('fits the contract, without the analyzed text', () => {
    const json = reportToJson(sampleReport());
    expect(reportJsonSchema.parse(json)).toEqual(json);
    expect(json).not.toHaveProperty('text');
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'source',
      'score',
      'grade',
      'subscores',
      'notes',
      'document',
      'role',
      'livedExperience',
      'jobSeeker',
      'findings',
    ]);
  });

  it('prints one object for one input and an array for several', () => {
    const one = JSON.parse(formatJson([sampleReport()]));
    expect(Array.isArray(one)).toBe(false);
    const two = JSON.parse(formatJson([sampleReport(), sampleReport({ source: 'b.txt' })]));
    expect(two.map((r: { source: string }) => r.source)).toEqual(['postings/peer.txt', 'b.txt']);
    expect(analyzeOutputSchema.parse(two)).toHaveLength(2);
    expect(JSON.parse(formatJson([sampleReport()], true))).toHaveLength(1);
  });

  it('joins reports made into JSON one by one exactly as one JSON.stringify of them all', () => {
    const reports = [sampleReport(), sampleReport({ source: 'b.txt' })];
    const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    const texts = reports.map((r) => reportJsonText(r));
    expect(joinJsonReports(texts, true)).toBe(whole(reports.map((r) => reportToJson(r))));
    expect(joinJsonReports(texts.slice(0, 1), true)).toBe(whole([reportToJson(reports[0]!)]));
    expect(joinJsonReports(texts.slice(0, 1), false)).toBe(whole(reportToJson(reports[0]!)));
    expect(joinJsonReports([], false)).toBe('[]\n');
  });

  it('keeps fields the core adds out of the contract', () => {
    const report = { ...sampleReport(), internal: 'x' } as ReturnType<typeof sampleReport>;
    expect(reportJsonSchema.safeParse(reportToJson(report)).success).toBe(true);
  });

  it('the schema rejects a finding whose text is not its span, and an unknown field', () => {
    const json = reportToJson(sampleReport());
    const bad = { ...json, findings: [{ ...json.findings[0]!, end: json.findings[0]!.end + 1 }] };
    expect(reportJsonSchema.safeParse(bad).success).toBe(false);
    expect(reportJsonSchema.safeParse({ ...json, extra: 1 }).success).toBe(false);
  });
});

describe('text format', () => {
  const text = formatText(sampleReport());

  it('summarizes score, grade, subscores, role and lived experience', () => {
    expect(text).toContain('Score 64/100 (D)   language 80 · role 70 · lived experience 40');
    expect(text).toContain('Role: peer role, adult mental health (Peer Support Specialist)');
    expect(text).toContain('Lived experience: preferred only, not specific about the type (Lived experience is preferred)');
    expect(text).not.toMatch(ANSI);
  });

  it('ranks findings by points, with line:col, suggestions and sources', () => {
    const order = ['Lived experience is only preferred', 'A clinical duty', 'Labels people', 'A contested word'];
    const at = order.map((m) => text.indexOf(m));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toMatch(/ 2:11 {2}error {3}\s+\+6 {2}"the mentally ill": Labels people by a diagnosis\./);
    expect(text).toMatch(/ — {2}warning\s+\+12\.5 {2}Lived experience is only preferred/);
    expect(text).toContain('→ people with mental health conditions');
    expect(text).toContain('add: Lived experience of recovery from a mental health condition is required.');
    expect(text).toContain('[clinical duty]');
    expect(text).toContain(
      'Source: Cal Voices, WISE program (2019). WISE Peer Toolkit for Workplace Success, section “Strength Based Language” <https://wiseup.work>',
    );
    expect(text).not.toMatch(/\bL\d{2,}/);
  });

  it("starts with the job seeker's verdict and reasons, and lists questions and qualifications below", () => {
    const lines = text.split('\n');
    expect(lines[1]).toBe('  For job seekers: a peer job, with duties or requirements that conflict with peer work');
    expect(lines[2]).toBe('    - This job includes clinical work a peer is not there to do: psychosocial assessments.');
    expect(text.indexOf('Questions to ask the employer:')).toBeGreaterThan(text.indexOf('A clinical duty'));
    expect(text).toContain('    - What does the job pay, and what benefits come with it?');
    expect(text).toContain(
      'What the posting asks of you:\n    - Lived experience (the kind is not named) (preferred) (Lived experience is preferred.)',
    );
  });

  it('colors only when asked', () => {
    expect(formatText(sampleReport(), { color: true })).toMatch(ANSI);
  });

  it('scores a non-peer document on language only and says so', () => {
    const report = sampleReport({
      subscores: { language: 90, role: null, livedExperience: null },
      role: { isPeerRole: false, category: null, evidence: [] },
      notes: ['Not a peer role: scored on language only.'],
      findings: [],
    });
    const out = formatText(report);
    expect(out).toContain('language 90\n');
    expect(out).not.toContain('Lived experience:');
    expect(out).toContain('Note: Not a peer role: scored on language only.');
    expect(out).toContain('No findings.');
  });

  it('says a document about peer work offers no job, rather than calling the role it names "not a peer role"', () => {
    const report = sampleReport({
      subscores: { language: 100, role: null, livedExperience: null },
      document: { kind: 'about-peer-work', evidence: ['not a job offer: it explains, reports, advises or certifies'] },
      role: { isPeerRole: false, category: null, evidence: ['title "Recovery Coach"', 'not a job posting'] },
      findings: [],
    });
    expect(formatText(report)).toContain('Role: no job offered (title "Recovery Coach"; not a job posting)');
    const posting = sampleReport({
      document: { kind: 'non-peer-posting', evidence: [] },
      role: { isPeerRole: false, category: null, evidence: [] },
    });
    expect(formatText(posting)).toContain('Role: not a peer role');
  });

  it('closes a quotation that shortened evidence cuts in the middle', () => {
    const report = sampleReport({
      document: {
        kind: 'peer-posting',
        evidence: ['the title names a peer role: "Peer Recovery Coach - Bayside Recovery Collective, Eastport Residential Campus"'],
      },
    });
    const line = formatText(report)
      .split('\n')
      .find((l) => l.includes('Reads as:'));
    expect(line).toMatch(/"Peer Recovery Coach - [^"]*…"\)$/);
  });
});

describe('Markdown format', () => {
  const md = formatMarkdown([sampleReport()]);

  it('has the scores table, ranked findings with positions, and the sources cited', () => {
    expect(md).toMatch(/^# PeerLens report\n\n## postings\/peer\.txt\n/);
    expect(md).toContain('| 80 | 70 | 40 |');
    expect(md).toContain('1. **warning · +12.5 · missing** — Lived experience is only preferred');
    expect(md).toContain('3. **error · +6 · line 2:11** — “the mentally ill”: Labels people by a diagnosis.');
    expect(md).toContain('   - Add: Lived experience of recovery');
    expect(md).toMatch(
      /## Sources\n\n- Cal Voices, WISE program \(2019\)\. WISE Peer Toolkit for Workplace Success\. <https:\/\/wiseup\.work>\n/,
    );
    expect(md).toContain("- Legere, L. (2015). A Provider's Handbook on Developing and Implementing Peer Roles. <http");
  });

  it('gives the verdict under the heading and the questions with their sources', () => {
    expect(md).toContain(
      '## postings/peer.txt\n\n**For job seekers: a peer job, with duties or requirements that conflict with peer work**\n\n- This job includes',
    );
    expect(md).toContain(
      '### Questions to ask the employer\n\n- What does the job pay, and what benefits come with it?\n  - Why: No pay or pay range is stated.\n  - Source: wise-toolkit L3373',
    );
    expect(md).toContain(
      '### What the posting asks of you\n\n- Lived experience (the kind is not named) (preferred): “Lived experience is preferred.”',
    );
  });

  it('escapes markup in user text', () => {
    expect(escapeMarkdown('a *b* [c] <d>\n| e')).toBe('a \\*b\\* \\[c\\] \\<d\\> \\| e');
  });
});

describe('text positions', () => {
  it('maps offsets to 1-based line:column', () => {
    const starts = lineStarts('ab\ncd\n\nef');
    expect([0, 1, 3, 4, 6, 7, 8].map((o) => positionAt(starts, o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});
