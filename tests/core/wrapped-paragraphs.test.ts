// A paragraph hard-wrapped short (a PDF or an email pasted at forty characters a line) is read as
// its sentences, not as one item per line: a line that opens in lower case or with a number under
// a line of wrapping width goes on with it, and the wrapped paragraph's first line is no heading.
// Short items of a list without bullets stay items of their own.
import { describe, expect, it } from 'vitest';
import { isHeadingLine, structureOf } from '../../src/core/text/document-structure.js';
import { tokenize } from '../../src/core/text/tokenize.js';

const sentencesOf = (text: string) => {
  const s = structureOf(text, tokenize(text), null);
  return { sentences: s.sentences.map((x) => text.slice(x.start, x.end)), headings: s.headings.map((h) => h.text) };
};

describe('a paragraph wrapped short', () => {
  it('is one sentence, and its first line is no heading', () => {
    const text =
      'PEER SUPPORT WORKER\n\nLakeview Hub is a drop-in service for\nyoung people aged 14 to 24, offering\n25 hours a week of walk-in support.\n\nResponsibilities\n- Lead groups';
    const { sentences, headings } = sentencesOf(text);
    expect(sentences).toContain(
      'Lakeview Hub is a drop-in service for\nyoung people aged 14 to 24, offering\n25 hours a week of walk-in support',
    );
    expect(headings).not.toContain('Lakeview Hub is a drop-in service for');
  });
  it('a short sentence-case line above a line in lower case is not a heading', () => {
    expect(isHeadingLine('Lakeview Hub is a drop-in', 'service for young people aged 14 to 24', true)).toBe(false);
    expect(isHeadingLine('Minimum qualifications', '- Lived experience of recovery', true)).toBe(true);
  });
  it('short items without bullets stay items', () => {
    const text = 'What you would do\nrecovery coaching\nrun all-recovery meetings\nconnect members to housing';
    expect(sentencesOf(text).sentences).toEqual([
      'What you would do',
      'recovery coaching',
      'run all-recovery meetings',
      'connect members to housing',
    ]);
  });
});
