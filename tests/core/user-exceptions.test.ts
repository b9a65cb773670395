// What the user said is fine: an allowed phrase is never flagged, a dismissed finding (that rule
// on that text) is gone and costs no points; an organization term with no suggestion is a
// warning with its note and nothing to apply.
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../src/core/index.js';

const TEXT = `Peer Support Specialist

Responsibilities
- Support clients in early recovery, walk alongside addicts, and help consumers reach their goals.

Qualifications
- Lived experience of recovery from a substance use condition is required.

Pay: $22 an hour, full time. To apply, send a letter and a resume.
`;

describe('allowed phrases', () => {
  it('drop every finding inside the phrase, in any case, and nothing else', () => {
    const before = analyze(TEXT);
    expect(before.findings.some((f) => f.text === 'addicts')).toBe(true);
    const after = analyze(TEXT, { allowedPhrases: ['Addicts'] });
    expect(after.findings.some((f) => f.text === 'addicts')).toBe(false);
    expect(after.findings.length).toBe(before.findings.filter((f) => f.text !== 'addicts').length);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('cover a finding inside a longer allowed phrase', () => {
    const after = analyze(TEXT, { allowedPhrases: ['walk alongside addicts'] });
    expect(after.findings.some((f) => f.text === 'addicts')).toBe(false);
  });

  it('skip a phrase that could never match, without breaking the analysis', () => {
    expect(analyze(TEXT, { allowedPhrases: ['***', "'s"] }).findings).toEqual(analyze(TEXT).findings);
  });
});

describe('dismissed findings', () => {
  it('drop that rule on that text, cost no points, and leave the same rule elsewhere', () => {
    const text = `${TEXT}Some staff call people addicts. Addicts deserve better words.\n`;
    const before = analyze(text);
    const target = before.findings.find((f) => f.text === 'addicts')!;
    const after = analyze(text, { dismissed: [{ ruleId: target.ruleId, text: 'addicts' }] });
    expect(after.findings.filter((f) => f.text === 'addicts')).toEqual([]);
    expect(after.findings.some((f) => f.text === 'Addicts')).toBe(true);
    expect(after.score).toBeGreaterThanOrEqual(before.score);
    expect(after.subscores.language).toBeGreaterThan(before.subscores.language);
  });

  it('can dismiss a finding about something missing', () => {
    const before = analyze(TEXT);
    const missing = before.findings.find((f) => f.end === 0);
    expect(missing).toBeTruthy();
    const after = analyze(TEXT, { dismissed: [{ ruleId: missing!.ruleId, text: '' }] });
    expect(after.findings.some((f) => f.ruleId === missing!.ruleId)).toBe(false);
  });
});

describe('an organization term with no suggestion', () => {
  it('is a warning with its note, with nothing to apply or rewrite', () => {
    const report = analyze(TEXT, {
      customTerms: [{ term: 'early recovery', suggestion: '', severity: 'warning', note: 'Our guide: say how long, or say nothing.' }],
    });
    const own = report.findings.find((f) => f.ruleId.startsWith('custom-'));
    expect(own).toMatchObject({
      text: 'early recovery',
      severity: 'warning',
      suggestions: [],
      message: 'Our guide: say how long, or say nothing.',
    });
    expect(own!.fix).toBeUndefined();
    expect(rewrite(report.text, report.findings)).toContain('early recovery');
  });
});
