import { describe, expect, it } from 'vitest';
import { findingContext } from '../../src/report/finding-context.js';

function around(text: string, match: string) {
  const start = text.indexOf(match);
  return findingContext(text, start, start + match.length);
}

describe('findingContext', () => {
  it('gives the sentence around the span', () => {
    const c = around('First sentence here. Then the addicts arrived late. Last one!', 'addicts');
    expect(c).toEqual({ before: 'Then the ', match: 'addicts', after: ' arrived late.', clippedBefore: false, clippedAfter: false });
  });

  it('keeps a sentence broken over lines (PDF text) whole, and stops at a blank line', () => {
    const c = around(
      'Intro line\n\nPeers will complete\npsychosocial assessments for\nnew clients\n\nNext block.',
      'psychosocial assessments',
    );
    expect([c.before, c.after]).toEqual(['Peers will complete ', ' for new clients']);
  });

  it('starts at a list item, without its bullet', () => {
    const c = around('Duties:\n- Drive clients\n- Monitor medication compliance daily\n- File', 'medication compliance');
    expect([c.before, c.after]).toEqual(['Monitor ', ' daily']);
  });

  it('clips long sentences at a word boundary and says so', () => {
    const long = `${'word '.repeat(100)}addicts ${'more '.repeat(100)}end.`;
    const c = around(long, 'addicts');
    expect(c.clippedBefore && c.clippedAfter).toBe(true);
    expect(c.before.length).toBeLessThanOrEqual(160);
    expect(c.after.length).toBeLessThanOrEqual(160);
    expect(c.before.startsWith('word')).toBe(true);
  });

  it('does not end a sentence inside a closing quote', () => {
    const c = around('He said “no addicts.” Then left.', 'addicts');
    expect(c.after).toBe('.”');
  });
});
