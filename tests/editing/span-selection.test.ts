// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readContentEditable } from '../../src/extension/editing/editable-text.js';
import { pointAt, rangeForSpan, selectSpan } from '../../src/extension/editing/span-selection.js';
import { editableOf, LEXICAL_LIKE, mount, QUILL_LIKE, TIPTAP_LIKE } from './dom-fixtures.js';

function spanOf(text: string, phrase: string): [number, number] {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}"`);
  return [start, start + phrase.length];
}

describe('pointAt', () => {
  const root = () => mount('<div id="f" contenteditable><p>add<b>icts</b></p><p>next</p></div>', '#f');

  it('puts a start at a node boundary into the later node and an end into the earlier one', () => {
    const map = readContentEditable(root());
    const [first, second] = map.segments;
    expect(pointAt(map, 3, 'start')).toEqual({ node: second!.node, offset: 0 });
    expect(pointAt(map, 3, 'end')).toEqual({ node: first!.node, offset: 3 });
  });

  it("moves offsets on a synthetic line break to the nearest text on the span's side", () => {
    const map = readContentEditable(root()); // "addicts\nnext"
    const [, bold, next] = map.segments;
    expect(pointAt(map, 7, 'start')).toEqual({ node: next!.node, offset: 0 }); // on the "\n" itself
    expect(pointAt(map, 7, 'end')).toEqual({ node: bold!.node, offset: 4 });
    expect(pointAt(map, 8, 'start')).toEqual({ node: next!.node, offset: 0 });
    expect(pointAt(map, 8, 'end')).toEqual({ node: bold!.node, offset: 4 });
  });

  it('returns null past the end of the text', () => {
    const map = readContentEditable(root());
    expect(pointAt(map, map.text.length + 1, 'start')).toBeNull();
    expect(pointAt(map, map.text.length + 1, 'end')).toBeNull();
  });
});

describe('rangeForSpan', () => {
  it('covers exactly the span in Quill-, Tiptap- and Lexical-shaped DOM', () => {
    const cases: Array<[string, string, string]> = [
      [QUILL_LIKE, '.ql-editor', 'addicts in early'],
      [TIPTAP_LIKE, '.ProseMirror', 'Substance abuse'],
      [LEXICAL_LIKE, '[data-lexical-editor]', 'alongside addicts daily'],
      [LEXICAL_LIKE, '[data-lexical-editor]', 'addicts'],
    ];
    for (const [html, selector, phrase] of cases) {
      const map = readContentEditable(mount(html, selector));
      const [start, end] = spanOf(map.text, phrase);
      expect(rangeForSpan(map, start, end)?.toString()).toBe(phrase);
    }
  });

  it('selects no neighbouring markup for a word that is a whole formatted node', () => {
    const map = readContentEditable(mount(LEXICAL_LIKE, '[data-lexical-editor]'));
    const [start, end] = spanOf(map.text, 'addicts');
    const range = rangeForSpan(map, start, end)!;
    expect(range.startContainer).toBe(range.endContainer);
    expect((range.startContainer.parentNode as Element).tagName).toBe('STRONG');
  });

  it('refuses offsets outside the text or reversed', () => {
    const map = readContentEditable(mount(QUILL_LIKE, '.ql-editor'));
    expect(rangeForSpan(map, -1, 3)).toBeNull();
    expect(rangeForSpan(map, 5, 4)).toBeNull();
    expect(rangeForSpan(map, 0, map.text.length + 1)).toBeNull();
  });
});

describe('selectSpan', () => {
  it('selects the span of a textarea with setSelectionRange and focuses it', () => {
    const el = mount('<textarea id="t">Peer addicts here</textarea>', '#t') as HTMLTextAreaElement;
    expect(selectSpan(editableOf(el), null, 5, 12)).toEqual({ range: null });
    expect([el.selectionStart, el.selectionEnd]).toEqual([5, 12]);
    expect(document.activeElement).toBe(el);
    expect(selectSpan(editableOf(el), null, 5, 99)).toBeNull();
  });

  it('puts the document selection on the span of a contenteditable', () => {
    const root = mount(TIPTAP_LIKE, '.ProseMirror');
    const map = readContentEditable(root);
    const [start, end] = spanOf(map.text, 'abuse training');
    const selected = selectSpan(editableOf(root), map, start, end);
    expect(selected?.range?.toString()).toBe('abuse training');
    expect(document.getSelection()?.toString()).toBe('abuse training');
  });
});
