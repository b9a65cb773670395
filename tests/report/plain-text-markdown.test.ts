// A rewrite written as Markdown keeps the title, headings and list items the analysis reads in
// the text, and nothing in the text itself turns into markup.
import { describe, expect, it } from 'vitest';
import { plainTextToMarkdown } from '../../src/report/plain-text-markdown.js';

describe('plainTextToMarkdown', () => {
  it('makes the title, the headings and the list items Markdown, each block apart', () => {
    const text = [
      'Family Partner',
      '',
      'Duties:',
      '• Walk alongside parents at school meetings',
      '• Share your own story when it helps',
      'Pay is set by the county scale.',
      'Qualifications',
      '1. Raised a child who used mental health services',
      '2) A driver’s license or other transport',
    ].join('\n');
    expect(plainTextToMarkdown(text)).toBe(
      [
        '# Family Partner',
        '',
        '## Duties',
        '',
        '- Walk alongside parents at school meetings',
        '- Share your own story when it helps',
        '',
        'Pay is set by the county scale.',
        '',
        '## Qualifications',
        '',
        '1. Raised a child who used mental health services',
        '2. A driver’s license or other transport',
        '',
      ].join('\n'),
    );
  });

  it('escapes what Markdown would read as markup in the text, and a line that would start a list', () => {
    const md = plainTextToMarkdown(
      'Youth Advocate\n\nWe value *lived* experience and [peer] work <b>now</b>.\n2024. The year we opened.\n+ more text here',
    );
    expect(md).toContain('We value \\*lived\\* experience and \\[peer\\] work \\<b\\>now\\</b\\>.');
    expect(md).toContain('2024\\. The year we opened.');
    expect(md).toContain('\\+ more text here');
  });

  it('keeps one blank line between paragraphs and none at the end', () => {
    expect(plainTextToMarkdown('A sentence that ends here.\n\n\n\nAnother one follows.\n\n')).toBe(
      'A sentence that ends here.\n\nAnother one follows.\n',
    );
  });
});
