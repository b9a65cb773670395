// Marks over a text field follow an edit: those before it stay, those after it move by the
// change in length, those it touched are dropped (the re-check draws them again).
import { describe, expect, it } from 'vitest';
import { shiftMarks } from '../../entrypoints/content/field-overlay';
import type { Mark } from '../../src/extension/messaging/protocol';

function mark(text: string, word: string, id: string): Mark {
  const start = text.indexOf(word);
  const reason = {
    id,
    ruleId: `rule-${id}`,
    start,
    end: start + word.length,
    text: word,
    severity: 'error' as const,
    message: 'm',
    suggestions: [],
    replaces: true,
    points: 1,
    source: '',
  };
  return { id, start, end: start + word.length, text: word, severity: 'error', reasons: [reason] };
}

const BEFORE = 'We help addicts and alcoholics find the lunatic fringe.';
const marks = [mark(BEFORE, 'addicts', 'a'), mark(BEFORE, 'alcoholics', 'b'), mark(BEFORE, 'lunatic', 'c')];

describe('shiftMarks', () => {
  it('keeps marks before an edit, moves those after it with their reasons, drops those inside it', () => {
    const after = BEFORE.replace('alcoholics', 'people who drink');
    const shifted = shiftMarks(marks, BEFORE, after);
    expect(shifted.map((m) => m.id)).toEqual(['a', 'c']);
    for (const m of shifted) {
      expect(after.slice(m.start, m.end)).toBe(m.text);
      for (const r of m.reasons) expect(after.slice(r.start, r.end)).toBe(r.text);
    }
  });

  it('moves every mark when text is typed at the start, and none when nothing changed', () => {
    const after = `Hello. ${BEFORE}`;
    const shifted = shiftMarks(marks, BEFORE, after);
    expect(shifted.map((m) => after.slice(m.start, m.end))).toEqual(['addicts', 'alcoholics', 'lunatic']);
    expect(shiftMarks(marks, BEFORE, BEFORE)).toEqual(marks);
  });

  it('drops a mark whose word was edited in place', () => {
    const after = BEFORE.replace('addicts', 'addictz');
    expect(shiftMarks(marks, BEFORE, after).map((m) => m.id)).toEqual(['b', 'c']);
  });
});
