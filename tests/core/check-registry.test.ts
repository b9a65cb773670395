// The document-level checks and the lexicons' rule texts stay in step: every rule a check
// declares has its words in the lexicons, every rule text belongs to exactly one check, and
// every check emits only what it declares (or its own pattern entries).
import { describe, expect, it } from 'vitest';
import { analyze, getAnalyzer } from '../../src/core/index.js';
import { DOCUMENT_CHECKS } from '../../src/core/checks/registry.js';

const lex = getAnalyzer().lexicons;
const ruleTexts = [...lex.duties.rules, ...lex.livedExperience.rules].map((r) => r.id);
const entryIds = new Set([...lex.duties.duties, ...lex.duties.barriers, ...lex.livedExperience.prohibitedInquiries].map((e) => e.id));

describe('the check registry', () => {
  it('gives each check a unique id and a family', () => {
    const ids = DOCUMENT_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of DOCUMENT_CHECKS) expect(['role', 'lived-experience']).toContain(c.family);
  });
  it('declares every rule text exactly once, and only rule texts the lexicons have', () => {
    const declared = DOCUMENT_CHECKS.flatMap((c) => c.rules);
    expect([...declared].sort()).toEqual([...ruleTexts].sort());
  });
  it('emits only declared rules or pattern entries, in its own family', () => {
    const text = [
      'Peer Support Specialist',
      'Full-time.',
      '',
      'Responsibilities',
      '- Collect urine samples and report clients to probation.',
      '- Must have a bachelor\u2019s degree.',
      '- Provide documentation of your diagnosis.',
      '',
      'Preferred: lived experience.',
    ].join('\n');
    const report = analyze(text);
    const byRule = new Map(DOCUMENT_CHECKS.flatMap((c) => c.rules.map((r) => [r, c] as const)));
    for (const f of report.findings.filter((x) => x.family !== 'language')) {
      const owner = byRule.get(f.ruleId);
      if (owner) expect(owner.family).toBe(f.family);
      else expect(entryIds.has(f.ruleId), f.ruleId).toBe(true);
    }
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['duty-drug-testing', 'le-preferred-only']));
  });
});
