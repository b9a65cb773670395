// The answers model names the field of any problem; the three formats say the same thing, with
// markup in the answers shown as typed, never run.
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/job-description/answers.js';
import { exampleAnswers } from '../../src/core/job-description/builder-data.js';
import { payLine } from '../../src/core/job-description/posting-outline.js';
import { renderInterviewSheet, renderPosting } from '../../src/report/job-description.js';

const good = (): Record<string, unknown> => exampleAnswers('adult-mental-health') as unknown as Record<string, unknown>;

describe('checkAnswers', () => {
  it('accepts a complete example', () => {
    expect(checkAnswers(good())).toMatchObject({ ok: true });
  });

  it.each([
    ['a missing field', (a: Record<string, unknown>) => delete a.title, 'title', 'title is missing'],
    ['an empty field', (a: Record<string, unknown>) => (a.summary = '   '), 'summary', 'summary must not be empty'],
    [
      'too few responsibilities',
      (a: Record<string, unknown>) => (a.responsibilities = (a.responsibilities as unknown[]).slice(0, 3)),
      'responsibilities',
      'at least 4',
    ],
    [
      'too many responsibilities',
      (a: Record<string, unknown>) => (a.responsibilities = Array.from({ length: 7 }, () => ({ text: 'Offer mutual support.' }))),
      'responsibilities',
      'at most 6',
    ],
    [
      'an empty responsibility',
      (a: Record<string, unknown>) => ((a.responsibilities as Array<{ text: string }>)[2]!.text = ''),
      'responsibilities[2].text',
      'must not be empty',
    ],
    ['an unknown category', (a: Record<string, unknown>) => (a.category = 'nurse'), 'category', 'must be one of adult-mental-health'],
    ['a lone peer', (a: Record<string, unknown>) => (a.peerCount = 1), 'peerCount', 'more than one peer'],
    ['a pay range upside down', (a: Record<string, unknown>) => (a.pay = { from: 30, to: 20, per: 'hour' }), 'pay.to', 'not be below'],
    [
      'a pay period that is not hour or year',
      (a: Record<string, unknown>) => (a.pay = { from: 20, to: 30, per: 'week' }),
      'pay.per',
      '"hour" or "year"',
    ],
    ['a number given as text', (a: Record<string, unknown>) => (a.peerCount = 'three'), 'peerCount', 'must be a number'],
  ])('names the field of %s', (_name, spoil, field, words) => {
    const answers = good();
    spoil(answers);
    const result = checkAnswers(answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toBe(field);
    expect(result.message.startsWith(field)).toBe(true);
    expect(result.message).toContain(words);
  });

  it('says so when the answers are not an object at all', () => {
    expect(checkAnswers([1, 2])).toMatchObject({ ok: false, field: 'the answers', message: 'the answers must be an object' });
  });
});

describe('the formats', () => {
  const answers = exampleAnswers('youth');
  answers.title = 'Youth Peer Advocate <script>alert(1)</script> *bold*';
  const out = renderPosting(answers);

  it('escapes markup in HTML and Markdown, and keeps the text as typed', () => {
    expect(out.html).not.toContain('<script>');
    expect(out.html).toContain('<h1>Youth Peer Advocate &lt;script&gt;alert(1)&lt;/script&gt; *bold*</h1>');
    expect(out.markdown.split('\n')[0]).toBe('# Youth Peer Advocate \\<script\\>alert(1)\\</script\\> \\*bold\\*');
    expect(out.text.split('\n')[0]).toBe(answers.title);
  });

  it('puts every answer in each format, in the order of the template', () => {
    const headings = [
      'About the position',
      'What you will do',
      'Knowledge and skills',
      'Minimum qualifications',
      'Pay and career growth',
      'How to apply',
    ];
    for (const text of [out.text, out.markdown, out.html]) {
      const at = headings.map((h) => text.indexOf(h));
      expect(at.every((n) => n > 0)).toBe(true);
      expect([...at].sort((x, y) => x - y)).toEqual(at);
      for (const r of answers.responsibilities) expect(text).toContain(r.text.slice(0, 40));
      expect(text).toContain('one of 3 peer staff');
    }
    expect(out.html.match(/<li>/g)).toHaveLength(
      answers.responsibilities.length + answers.knowledge.length + 3 + answers.otherQualifications.length,
    );
  });

  it('writes the pay range per hour or per year', () => {
    expect(payLine({ from: 21, to: 24.5, per: 'hour' })).toBe('$21.00 to $24.50 per hour.');
    expect(payLine({ from: 48000, to: 56000, per: 'year' })).toBe('$48,000 to $56,000 per year.');
    expect(payLine({ from: 25, to: 25, per: 'hour' })).toBe('$25.00 per hour.');
  });
});

describe('the interview questions sheet', () => {
  it('holds the category’s questions, the advice for the panel and full references without line numbers', () => {
    const sheet = renderInterviewSheet('parent-caregiver', 'Parent Partner');
    expect(sheet.text).toContain('Interview questions: Parent Partner');
    expect(sheet.text).toContain('parent or primary caregiver');
    expect(sheet.text).toContain('restricted by law');
    expect(sheet.text).toContain('WISE Peer Toolkit for Workplace Success, section');
    expect(sheet.text).not.toMatch(/\bL\d+/);
    expect(sheet.html).toContain('<h2>Questions</h2>');
  });
});
