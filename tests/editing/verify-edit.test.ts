import { describe, expect, it } from 'vitest';
import { classifyEdit, narrowEdit, spanHolds, textAfterEdit, type SpanEdit } from '../../src/extension/editing/verify-edit.js';

const text = 'Walk alongside addicts daily.';
const edit: SpanEdit = { start: 15, end: 22, expected: 'addicts', replacement: 'people in recovery' };

describe('spanHolds', () => {
  it('is true only when the exact span still holds the expected text', () => {
    expect(spanHolds(text, edit)).toBe(true);
    expect(spanHolds('Now walk alongside addicts daily.', edit)).toBe(false);
    expect(spanHolds(text, { ...edit, end: 40 })).toBe(false);
    expect(spanHolds(text, { ...edit, start: -1 })).toBe(false);
  });
});

describe('classifyEdit', () => {
  it('says applied when exactly the span was replaced', () => {
    expect(textAfterEdit(text, edit)).toBe('Walk alongside people in recovery daily.');
    expect(classifyEdit(text, 'Walk alongside people in recovery daily.', edit)).toBe('applied');
  });

  it('says unchanged when nothing moved', () => {
    expect(classifyEdit(text, text, edit)).toBe('unchanged');
  });

  it('says partial for an edit that also touched anything else', () => {
    expect(classifyEdit(text, 'Walk alongside people in recovery daily!', edit)).toBe('partial');
    expect(classifyEdit(text, 'Walk alongside people in recoverydaily.', edit)).toBe('partial'); // ate a space (LanguageTool #11292)
    expect(classifyEdit(text, 'Walk alongside people in recovery addicts daily.', edit)).toBe('partial'); // inserted, not replaced
  });

  it('treats a no-break space the browser put in for a space as the same text', () => {
    expect(classifyEdit(text, 'Walk alongside people in recovery\u00a0daily.', edit)).toBe('applied');
  });
});

describe('narrowEdit', () => {
  const at = (expected: string, replacement: string): SpanEdit => ({ start: 10, end: 10 + expected.length, expected, replacement });

  it('leaves out whole words kept at either end', () => {
    expect(narrowEdit(at('substance abuse', 'substance use'))).toEqual({ start: 20, end: 25, expected: 'abuse', replacement: 'use' });
    expect(narrowEdit(at('drug abuse program', 'substance use program'))).toEqual({
      start: 10,
      end: 20,
      expected: 'drug abuse',
      replacement: 'substance use',
    });
  });

  it('does not cut inside a word', () => {
    expect(narrowEdit(at('abuser', 'user'))).toEqual(at('abuser', 'user'));
    expect(narrowEdit(at('addicts', 'addiction'))).toEqual(at('addicts', 'addiction'));
  });

  it('keeps at least one replaced character', () => {
    const insertion = at('a  b', 'a X  b');
    expect(narrowEdit(insertion)).toEqual(insertion);
  });

  it('gives the same text once applied', () => {
    const before = '0123456789substance abuse disorder, and more';
    for (const e of [at('substance abuse disorder', 'substance use disorder'), at('substance abuse', 'people who use drugs')]) {
      expect(textAfterEdit(before, narrowEdit(e))).toBe(textAfterEdit(before, e));
    }
  });
});

describe('classifyEdit with loose line breaks (a whole text inserted into a rich editor)', () => {
  const insert: SpanEdit = { start: 5, end: 5, expected: '', replacement: 'Title\n\nAbout\n- one\n' };
  it('says applied when only the line breaks and blank lines came out differently', () => {
    expect(classifyEdit('Intro', 'IntroTitle\nAbout\n- one', insert, true)).toBe('applied');
    expect(classifyEdit('Intro', 'IntroTitle\nAbout\n- one', insert)).toBe('partial');
  });
  it('still says partial when words are missing or added', () => {
    expect(classifyEdit('Intro', 'IntroTitle\nAbout', insert, true)).toBe('partial');
    expect(classifyEdit('Intro', 'Intro Title About - one extra', insert, true)).toBe('partial');
  });
});
