import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedParagraphs, shiftFindings, type TextRange } from '../../src/extension/editing/changed-paragraphs.js';

const slice = (text: string, r: TextRange) => text.slice(r.start, r.end);

describe('changedParagraphs', () => {
  const before = 'Peer Support Specialist\nWalk alongside addicts.\nShare your story.\nBe clean two years.';

  it('finds the one paragraph typed in, and the shift for the rest', () => {
    const after = before.replace('alongside', 'beside');
    const change = changedParagraphs(before, after)!;
    expect(slice(after, change.newRange)).toBe('Walk beside addicts.');
    expect(slice(before, change.oldRange)).toBe('Walk alongside addicts.');
    expect(change.paragraphs.map((p) => slice(after, p))).toEqual(['Walk beside addicts.']);
    expect(change.delta).toBe(-3);
  });

  it('covers every paragraph between the first and the last change', () => {
    const after = before.replace('addicts', 'people').replace('two', 'three');
    const change = changedParagraphs(before, after)!;
    expect(change.paragraphs.map((p) => slice(after, p))).toEqual(['Walk alongside people.', 'Share your story.', 'Be clean three years.']);
  });

  it('handles a new paragraph, a merged paragraph and edits at either end', () => {
    const split = changedParagraphs('A one\nB two', 'A one\n\nB two')!;
    expect(split.paragraphs.map((p) => slice('A one\n\nB two', p))).toEqual(['', 'B two']);
    const merged = changedParagraphs('A one\nB two', 'A oneB two')!;
    expect(slice('A oneB two', merged.newRange)).toBe('A oneB two');
    expect(slice('A one\nB two', merged.oldRange)).toBe('A one\nB two');
    expect(changedParagraphs('\nX', 'Y\nX')!.newRange).toEqual({ start: 0, end: 1 });
    expect(changedParagraphs('X\n', 'X\nY')!.newRange).toEqual({ start: 2, end: 3 });
    expect(changedParagraphs('', 'new text')!.paragraphs).toEqual([{ start: 0, end: 8 }]);
  });

  it('reports nothing when nothing changed', () => {
    expect(changedParagraphs(before, before)).toBeNull();
  });

  // Any edit: the text outside the ranges is the same in both versions, the ranges
  // are whole paragraphs, and they differ in length by delta.
  it('holds for arbitrary edits', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (old, inserted, i, n) => {
        const at = i % (old.length + 1);
        const next = old.slice(0, at) + inserted + old.slice(Math.min(old.length, at + (n % 5)));
        const change = changedParagraphs(old, next);
        if (old === next) {
          expect(change).toBeNull();
          return;
        }
        const { oldRange, newRange, delta } = change!;
        expect(next.slice(0, newRange.start)).toBe(old.slice(0, oldRange.start));
        expect(next.slice(newRange.end)).toBe(old.slice(oldRange.end));
        expect(newRange.end - oldRange.end).toBe(delta);
        for (const [t, r] of [
          [old, oldRange],
          [next, newRange],
        ] as const) {
          expect(r.start === 0 || t[r.start - 1] === '\n').toBe(true);
          expect(r.end === t.length || t[r.end] === '\n').toBe(true);
        }
      }),
    );
  });
});

describe('shiftFindings', () => {
  it('keeps findings before the change, shifts those after it and drops those inside', () => {
    const before = 'addicts here\nedit this line\nclean there';
    const after = before.replace('edit this', 'I edited this');
    const change = changedParagraphs(before, after)!;
    const findings = [
      { ruleId: 'a', start: 0, end: 7 },
      { ruleId: 'inside', start: 13, end: 17 },
      { ruleId: 'c', start: 28, end: 33 },
      { ruleId: 'missing', start: 0, end: 0 },
    ];
    const kept = shiftFindings(findings, change);
    expect(kept.map((f) => f.ruleId)).toEqual(['a', 'c', 'missing']);
    expect(kept.map((f) => after.slice(f.start, f.end))).toEqual(['addicts', 'clean', '']);
  });

  it('keeps every surviving finding on the same text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n'), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (old, inserted, i, n, fs, fl) => {
        const at = i % (old.length + 1);
        const next = old.slice(0, at) + inserted + old.slice(Math.min(old.length, at + (n % 5)));
        const change = changedParagraphs(old, next);
        if (!change) return;
        const start = fs % old.length;
        const finding = { start, end: Math.min(old.length, start + 1 + (fl % 6)) };
        for (const f of shiftFindings([finding], change)) {
          expect(next.slice(f.start, f.end)).toBe(old.slice(finding.start, finding.end));
        }
      }),
    );
  });
});
