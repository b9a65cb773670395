// The requirement sentence goes under the qualifications heading the analyzer found with the
// lexicon's headings (whatever the employer calls it), or into a new section at the end.
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../src/core/index.js';

const revise = (text: string) => rewrite(text, analyze(text).findings);

describe('where rewrite() puts the lived-experience requirement', () => {
  it('under a heading the lexicon reads as required qualifications', () => {
    const text = 'Recovery Coach\nFull-time.\n\nWhat You Bring\n- A high school diploma.\n\nBenefits\n- Paid time off.';
    const out = revise(text);
    const lines = out.split('\n');
    const at = lines.indexOf('What You Bring');
    expect(lines[at + 1]).toMatch(/^- .*lived experience/i);
    expect(lines[at + 2]).toBe('- A high school diploma.');
  });
  it('in a new section at the end when there is no such heading', () => {
    const out = revise('Recovery Coach\nFull-time.\n\nDuties\n- Lead a weekly group.');
    expect(out).toMatch(/\n\nMinimum qualifications\n- .*lived experience/i);
  });
  it('at the end when the text changed under the finding (no line end at the offset)', () => {
    const text = 'Recovery Coach\nFull-time.\n\nQualifications\n- A high school diploma.';
    const findings = analyze(text).findings.map((f) => (f.fix === 'insert' ? { ...f, insertAt: 3 } : f));
    expect(rewrite(text, findings)).toMatch(/Minimum qualifications\n- /);
  });
});
