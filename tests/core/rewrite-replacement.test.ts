// The rewrite puts the lived-experience requirement in place of a weaker sentence about lived
// experience, instead of keeping it and adding a contradiction; with no such sentence, it adds
// the requirement under the qualifications. The list of what it left is for a person.
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../src/core/index.js';
import { rewriteLeftovers } from '../../src/core/rewrite-leftovers.js';
import { weakSentenceSpan } from '../../src/core/rewrite-weak-sentence.js';
import type { Finding } from '../../src/core/types.js';
import { formatLeftovers } from '../../src/report/format-leftovers.js';

const HEAD = `Recovery Coach

Responsibilities
- Support people in early recovery from substance use and help them reach their goals.
- Monitor medication compliance and report non-compliant clients to the treatment team.

Qualifications
- High school diploma or equivalent.
`;

function requirementOf(text: string): string {
  const report = analyze(text);
  const le = report.findings.find((f) => f.family === 'lived-experience' && f.fix === 'insert' && f.end > f.start);
  expect(le, 'a lived-experience finding with a requirement sentence').toBeTruthy();
  return le!.suggestions[0]!;
}

describe('rewrite: the requirement replaces the weak sentence', () => {
  it.each([
    ['a list item "is a plus"', `${HEAD}- Lived experience is a plus.\n- Valid driver's license.\n`, 'Lived experience is a plus.'],
    [
      'a sentence "preferred"',
      `${HEAD}\nLived experience of recovery from substance use is preferred. We offer training.\n`,
      'Lived experience of recovery from substance use is preferred.',
    ],
  ])('%s', (_label, text, weak) => {
    const report = analyze(text);
    const revised = rewrite(report.text, report.findings);
    const requirement = requirementOf(text);
    expect(revised).not.toContain(weak);
    // Once, where the weak sentence was: nothing else moved.
    expect(revised.split(requirement).length - 1).toBe(1);
    const at = text.indexOf(weak);
    expect(revised.slice(0, at).length).toBeLessThanOrEqual(at + 200);
    expect(revised.indexOf(requirement)).toBeGreaterThan(revised.indexOf('High school diploma'));
    // Text around the replaced sentence stays.
    if (text.includes("Valid driver's license")) expect(revised).toContain("- Valid driver's license.");
    if (text.includes('We offer training.')) expect(revised).toContain('We offer training.');
  });

  it('keeps the list marker of the replaced line', () => {
    const text = `${HEAD}- Lived experience is a plus.\n`;
    const report = analyze(text);
    const revised = rewrite(report.text, report.findings);
    expect(revised).toContain(`\n- ${requirementOf(text)}`);
  });

  it('adds the requirement when lived experience is not mentioned at all', () => {
    const report = analyze(HEAD);
    const revised = rewrite(report.text, report.findings);
    const sentence = report.findings.find((f) => f.ruleId === 'le-absent')?.suggestions[0];
    expect(sentence).toBeTruthy();
    expect(revised).toContain(HEAD.trimEnd().split('\n').slice(-1)[0]!);
    expect(revised.split(sentence!).length - 1).toBe(1);
  });

  it('leaves a long sentence that says more than lived experience, and adds the requirement', () => {
    const finding = {
      ruleId: 'le-preferred-only',
      family: 'lived-experience',
      severity: 'warning',
      start: 0,
      end: 16,
      text: 'Lived experience',
      message: 'm',
      suggestions: ['Applicants must have lived experience.'],
      points: 1,
      sources: [],
      fix: 'insert',
    } satisfies Finding;
    const long = `Lived experience, ${'a bachelor’s degree in social work, '.repeat(8)}and a license are preferred.`;
    expect(weakSentenceSpan(long, finding)).toBeNull();
    const revised = rewrite(long, [finding]);
    expect(revised.startsWith(long)).toBe(true);
    expect(revised).toContain('- Applicants must have lived experience.');
  });

  it('finds the sentence by its own punctuation, not a neighbour’s', () => {
    const text = 'We offer training. Lived experience is a plus; we will teach the rest. Apply now.';
    const start = text.indexOf('Lived');
    const finding = {
      ruleId: 'le-preferred-only',
      family: 'lived-experience',
      severity: 'warning',
      start,
      end: start + 16,
      text: 'Lived experience',
      message: 'm',
      suggestions: ['X.'],
      points: 1,
      sources: [],
      fix: 'insert',
    } satisfies Finding;
    const span = weakSentenceSpan(text, finding)!;
    expect(text.slice(span[0], span[1])).toBe('Lived experience is a plus;');
  });
});

describe('what the rewrite leaves for a person', () => {
  it('lists duties and missing parts with why, and nothing it fixed', () => {
    const report = analyze(`${HEAD}- Lived experience is a plus.\n`);
    const left = rewriteLeftovers(report.findings);
    const duty = left.find((l) => l.finding.text === 'Monitor medication compliance');
    expect(duty?.why).toMatch(/duty .* only the employer can change the job/);
    expect(left.some((l) => l.finding.fix === 'replace')).toBe(false);
    expect(left.some((l) => l.finding.severity === 'info')).toBe(false);
    const text = formatLeftovers(report.text, left);
    expect(text).toMatch(/^Not fixed by the rewrite \(\d+ findings; these need a person\):\n/);
    expect(text).toMatch(/\n {2}5:3 {2}"Monitor medication compliance" — a duty/);
    expect(formatLeftovers('', [])).toBe('');
  });
});
