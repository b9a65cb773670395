// Golden tests: the seeds' own sample job descriptions. They are decent postings with known
// flaws; each expectation below was checked by hand against the domain rulebook. The seeds and
// the rulebook are kept beside the repository (CONTRIBUTING.md, "What lives outside the repository").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import type { Report } from '../../src/core/types.js';
import { SEED_SAMPLES, seedSampleText } from './seed-samples.js';

function reportFor(id: string): Report {
  const sample = SEED_SAMPLES.find((s) => s.id === id)!;
  return analyze(seedSampleText(sample));
}
const has = (r: Report, ruleId: string, text?: string) =>
  r.findings.some((f) => f.ruleId === ruleId && (text === undefined || f.text.replace(/\s+/g, ' ') === text));
const families = (r: Report, severity: string) => r.findings.filter((f) => f.severity === severity).map((f) => `${f.ruleId}: ${f.text}`);

describe('WISE toolkit sample: Peer Support Services Supervisor (wise-toolkit L2930-3077)', () => {
  const r = reportFor('wise-toolkit-supervisor');
  it('is an adult mental-health peer role with lived experience required and specific', () => {
    expect(r.role).toMatchObject({ isPeerRole: true, category: 'adult-mental-health' });
    expect(r.livedExperience).toMatchObject({ status: 'required', specific: true });
  });
  it('flags the clean-criminal-history barrier, not the word "clean"', () => {
    expect(has(r, 'barrier-criminal-record', 'clean criminal history')).toBe(true);
    expect(r.findings.filter((f) => f.family === 'language' && /clean/i.test(f.text))).toEqual([]);
  });
  it('notes contested labels and open-ended duties as information only', () => {
    expect(has(r, 'consumer')).toBe(true);
    expect(has(r, 'duty-other-duties')).toBe(true);
    expect(has(r, 'role-no-pay')).toBe(true);
    expect(families(r, 'error')).toEqual([]);
  });
  it('scores as a good posting with a flaw', () => {
    expect(r.score).toBeGreaterThanOrEqual(85);
    expect(r.score).toBeLessThan(100);
  });
});

describe('WISE employer sample: Peer Partner Specialist (wise-employer L2229-2357)', () => {
  const r = reportFor('wise-employer-peer-partner');
  it('is an adult mental-health peer role with lived experience required', () => {
    expect(r.role).toMatchObject({ isPeerRole: true, category: 'adult-mental-health' });
    expect(r.livedExperience).toMatchObject({ status: 'required', specific: true });
  });
  it('does not treat peer work as surveillance or clinical work', () => {
    // "monitors client progress" and "assists clients in … recovery programs" are peer-consistent here.
    expect(r.findings.filter((f) => f.family === 'role' && f.severity !== 'info').map((f) => f.ruleId)).not.toContain(
      'duty-monitor-compliance',
    );
    expect(families(r, 'error')).toEqual([]);
  });
  it('keeps the driving requirement as information (driving is part of this job)', () => {
    expect(r.findings.filter((f) => f.ruleId === 'barrier-drivers-license').every((f) => f.severity === 'info')).toBe(true);
  });
  it('scores high, short of perfect', () => {
    expect(r.score).toBeGreaterThanOrEqual(85);
    expect(r.score).toBeLessThan(100);
  });
});

describe('SAMHSA sample: Anytown Peer Advocate (samhsa-jd-tool Appendix 1)', () => {
  const r = reportFor('samhsa-anytown-peer-advocate');
  it('is a substance-use recovery peer role', () => {
    expect(r.role).toMatchObject({ isPeerRole: true, category: 'substance-use-recovery' });
  });
  it('finds that its minimum qualifications never ask for lived experience', () => {
    expect(r.livedExperience.status).toBe('absent');
    const f = r.findings.find((x) => x.ruleId === 'le-absent');
    expect(f).toMatchObject({ start: 0, end: 0, text: '', severity: 'error' });
    expect(f?.suggestions[0]).toMatch(/substance use/i);
  });
  it('flags "substance abuse disorders" and not "supporting compliance" (treatment courts)', () => {
    expect(has(r, 'substance-abuse', 'substance abuse')).toBe(true);
    expect(r.findings.some((f) => /compliance/i.test(f.text))).toBe(false);
  });
  it('says so in the score', () => {
    expect(r.subscores.livedExperience).toBeLessThan(60);
    expect(r.score).toBeLessThan(90);
    expect(r.score).toBeGreaterThanOrEqual(70);
  });
});

describe('Peer handbook sample: Advocate (peer-handbook L1829-1925)', () => {
  const r = reportFor('peer-handbook-advocate');
  it('is a peer role from its summary though the title is only "Advocate"', () => {
    expect(r.role.isPeerRole).toBe(true);
    expect(r.livedExperience).toMatchObject({ status: 'required', specific: true });
  });
  it('has no language findings and no errors', () => {
    expect(r.findings.filter((f) => f.family === 'language')).toEqual([]);
    expect(families(r, 'error')).toEqual([]);
  });
  it('notes "other duties as assigned" as information', () => expect(has(r, 'duty-other-duties')).toBe(true));
  it('scores high', () => expect(r.score).toBeGreaterThanOrEqual(90));
});

describe('rewrite of a seed sample', () => {
  it('inserts the category requirement sentence where lived experience is absent', async () => {
    const { rewrite } = await import('../../src/core/index.js');
    const r = reportFor('samhsa-anytown-peer-advocate');
    const revised = rewrite(r.text, r.findings);
    const again = analyze(revised);
    expect(again.livedExperience.status).toBe('required');
    expect(again.score).toBeGreaterThan(r.score);
    expect(again.findings.some((f) => f.ruleId === 'substance-abuse')).toBe(false);
  });
});
