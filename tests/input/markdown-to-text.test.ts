import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/input/markdown-to-text.js';

describe('markdownToText', () => {
  it('keeps headings and bullets as lines, without their markup', () => {
    const md = '# Peer Support Specialist\n\n## Duties\n* Share **your** story\n+ Lead _weekly_ groups\n1. Advocate';
    expect(markdownToText(md)).toBe('Peer Support Specialist\n\nDuties\n- Share your story\n- Lead weekly groups\n1. Advocate');
  });

  it('keeps one output line per input line, so line numbers match the file', () => {
    const md = 'Title\n=====\n\n> A quote\n\n---\n```\ncode line\n```\n[ref]: https://example.org\nLast line';
    const text = markdownToText(md);
    expect(text.split('\n')).toHaveLength(md.split('\n').length);
    expect(text.split('\n')[3]).toBe('A quote');
    expect(text.split('\n')[7]).toBe('code line');
    expect(text.split('\n').at(-1)).toBe('Last line');
  });

  it('keeps link and image text, drops the addresses', () => {
    expect(markdownToText('See [our values](https://x.org/values) and ![team photo](t.png).')).toBe('See our values and team photo.');
  });

  it('leaves snake_case words, asterisks in arithmetic and escapes alone', () => {
    expect(markdownToText('Use peer_id and 2 * 3 * 4, \\*not bold\\*.')).toBe('Use peer_id and 2 * 3 * 4, *not bold*.');
  });

  it('reads a table row as its cells', () => {
    expect(markdownToText('| Pay | $20/hour |\n|---|---|')).toBe('Pay  $20/hour');
  });
});
