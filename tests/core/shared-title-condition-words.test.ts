// A title other fields use too ("Recovery Support Specialist", "Family Advocate") is a peer job
// when the text names a behavioral health condition, whether in a label the language check
// rewrites ("addicts", "bi-polar") or in the rewrite's person-first words: fixing the wording
// does not turn a job into a peer job (found by the score-monotonicity and rewrite properties).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';

const pairs: [string, string, string][] = [
  [
    'Recovery Support Specialist - Outpatient Services\n\n- Mentor addicts in early recovery.\nPreferred Qualifications\nHigh school diploma.\n',
    'addicts',
    'people with substance use disorders',
  ],
  [
    'Family Advocate - Office of Family Engagement\n\n- Her son is bi-polar and works full time.',
    'bi-polar',
    'living with bipolar disorder',
  ],
];

describe('a shared title with a condition named in a flagged label', () => {
  it.each(pairs)('%s', (text, label, fixed) => {
    const before = analyze(text);
    const after = analyze(text.replaceAll(label, fixed));
    expect(before.role.isPeerRole).toBe(true);
    expect(after.role.isPeerRole).toBe(true);
  });

  it('a shared title with no condition named stays another field’s job', () => {
    const r = analyze('Family Advocate - Head Start\n\n- Visits enrolled families at home and helps them set goals for school readiness.');
    expect(r.role.isPeerRole).toBe(false);
  });
});
