// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readContentEditable, readFieldForCheck, spanForEdit } from '../../src/extension/editing/editable-text.js';
import { rangeAt } from '../../src/extension/page-reading/text-node-map.js';
import { editableOf, HAND_WRITTEN, LEXICAL_LIKE, mount, QUILL_LIKE, TIPTAP_LIKE } from './dom-fixtures.js';

describe('readContentEditable', () => {
  it("puts one line break between blocks and drops editors' placeholder <br>s", () => {
    expect(readContentEditable(mount(QUILL_LIKE, '.ql-editor')).text).toBe(
      'Peer Support Specialist\nYou will walk alongside addicts in early recovery.\nWe value lived experience.',
    );
    expect(readContentEditable(mount(TIPTAP_LIKE, '.ProseMirror')).text).toBe('Peer Support Specialist\nSubstance abuse training.');
  });

  it('turns a <br> inside a block into a line break', () => {
    expect(readContentEditable(mount(LEXICAL_LIKE, '[data-lexical-editor]')).text).toBe(
      'You will walk alongside addicts daily.\nLine one\nline two',
    );
    expect(readContentEditable(mount('<div id="f" contenteditable>a<br><br>b</div>', '#f')).text).toBe('a\n\nb');
  });

  it('skips source-formatting whitespace, scripts and non-editable islands', () => {
    expect(readContentEditable(mount(HAND_WRITTEN, '#field')).text).toBe('Title\nFirst bold para.\nHas a  inside.');
  });

  it('keeps the text of inline formatting exactly, spaces included', () => {
    const root = mount('<div id="f" contenteditable>two  spaces\u00a0and <i> tab\t</i>end</div>', '#f');
    expect(readContentEditable(root).text).toBe('two  spaces\u00a0and  tab\tend');
  });

  it('maps every character it did not add to the text node it came from', () => {
    for (const [html, selector] of [
      [QUILL_LIKE, '.ql-editor'],
      [TIPTAP_LIKE, '.ProseMirror'],
      [LEXICAL_LIKE, '[data-lexical-editor]'],
      [HAND_WRITTEN, '#field'],
    ] as const) {
      const map = readContentEditable(mount(html, selector));
      let covered = 0;
      for (const seg of map.segments) {
        expect(map.text.slice(seg.start, seg.start + seg.length)).toBe(seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.length));
        expect(seg.start).toBeGreaterThanOrEqual(covered);
        covered = seg.start + seg.length;
      }
      // Only line breaks are synthetic.
      const synthetic = map.text.length - map.segments.reduce((n, s) => n + s.length, 0);
      expect(synthetic).toBe((map.text.match(/\n/g) ?? []).length);
    }
  });

  it('reads an empty field as empty text', () => {
    expect(readContentEditable(mount('<div id="f" contenteditable><p><br></p></div>', '#f'))).toEqual({ text: '', segments: [] });
  });
});

describe('spanForEdit', () => {
  it('carries a span from the text a check read to the text an edit sees, through the DOM nodes', () => {
    const root = mount(QUILL_LIKE, '.ql-editor');
    const checked = readFieldForCheck(root);
    expect(checked.kind).toBe('rich');
    if (checked.kind !== 'rich') return;
    // The check lays paragraphs out with blank lines; the edit model has one break between blocks.
    expect(checked.text).not.toBe(readContentEditable(root).text);
    const start = checked.text.indexOf('addicts');
    const span = { start, end: start + 'addicts'.length, text: 'addicts' };
    const at = spanForEdit(editableOf(root), span, rangeAt(checked.map, span.start, span.end));
    expect(at).not.toBeNull();
    expect(readContentEditable(root).text.slice(at![0], at![1])).toBe('addicts');
    expect(at![0]).not.toBe(start);
  });

  it("takes a text field's offsets as they are, and refuses a span whose text changed", () => {
    const field = mount('<textarea id="t"></textarea>', '#t') as HTMLTextAreaElement;
    field.value = 'We support addicts daily.';
    const span = { start: 11, end: 18, text: 'addicts' };
    expect(spanForEdit(editableOf(field), span, null)).toEqual([11, 18]);
    field.value = 'We support people who use drugs daily.';
    expect(spanForEdit(editableOf(field), span, null)).toBeNull();
  });

  it('refuses a rich editor span with no place on the page', () => {
    const root = mount(TIPTAP_LIKE, '.ProseMirror');
    expect(spanForEdit(editableOf(root), { start: 0, end: 4, text: 'Peer' }, null)).toBeNull();
  });
});
