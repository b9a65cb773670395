// The text structure's reading of lines that postings use to join or label their items.
import { describe, expect, it } from 'vitest';
import { isHeadingLine, structureOf } from '../../src/core/text/document-structure.js';
import { tokenize } from '../../src/core/text/tokenize.js';

const sentencesOf = (text: string) => {
  const s = structureOf(text, tokenize(text), null);
  return { sentences: s.sentences.map((x) => text.slice(x.start, x.end)), headings: s.headings.map((h) => h.text) };
};

describe('document structure', () => {
  it('a bare joining word on its own line is not a heading', () => {
    expect(isHeadingLine('OR', 'Two years of work in a consumer-run program', false)).toBe(false);
    expect(isHeadingLine('  and/or ', 'A degree in social work', false)).toBe(false);
    expect(isHeadingLine('Minimum Qualifications', 'Lived experience of recovery', true)).toBe(true);
  });

  it('a line that opens with a short label starts a new item after a long unpunctuated line', () => {
    const text =
      'Experience\nRequired: Lived experience of recovery from a substance use disorder\nPreferred: One year of work in a hospital or treatment setting';
    expect(sentencesOf(text).sentences).toEqual([
      'Experience',
      'Required: Lived experience of recovery from a substance use disorder',
      'Preferred: One year of work in a hospital or treatment setting',
    ]);
  });

  it('a wrapped sentence whose next line holds no label stays one sentence', () => {
    const text =
      'Our peer specialists work with adults in the clinic and in their homes across the\ncounty, and they lead groups each week.';
    expect(sentencesOf(text).sentences).toHaveLength(1);
  });
});
