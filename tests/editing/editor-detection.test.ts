// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorOf, findEditable, findEditingHost } from '../../src/extension/editing/editor-detection.js';
import { LEXICAL_LIKE, mount, QUILL_LIKE, TIPTAP_LIKE } from './dom-fixtures.js';

describe('findEditable', () => {
  it('accepts textareas and text-like inputs, not read-only, disabled or password fields', () => {
    expect(findEditable(mount('<textarea id="t"></textarea>', '#t'))?.kind).toBe('text-control');
    expect(findEditable(mount('<input id="i" type="search">', '#i'))?.kind).toBe('text-control');
    expect(findEditable(mount('<input id="i">', '#i'))?.kind).toBe('text-control');
    expect(findEditable(mount('<textarea id="t" readonly></textarea>', '#t'))).toBeNull();
    expect(findEditable(mount('<textarea id="t" disabled></textarea>', '#t'))).toBeNull();
    expect(findEditable(mount('<input id="i" type="password">', '#i'))).toBeNull();
    expect(findEditable(mount('<input id="i" type="email">', '#i'))).toBeNull(); // no selection API
    expect(findEditable(mount('<p id="p">text</p>', '#p'))).toBeNull();
    expect(findEditable(null)).toBeNull();
  });

  it('finds the outermost editing host from any element inside it', () => {
    const inner = mount('<div id="host" contenteditable="true"><p><b id="b">x</b></p></div>', '#b');
    const editable = findEditable(inner);
    expect(editable?.kind === 'contenteditable' && editable.root.id).toBe('host');
  });

  it('does not edit inside a non-editable island of an editor', () => {
    const island = mount('<div contenteditable="true"><span contenteditable="false"><i id="w">widget</i></span></div>', '#w');
    expect(findEditingHost(island)).toBeNull();
  });

  it('finds an editor mounted inside a non-editable wrapper', () => {
    const el = mount('<div contenteditable="false"><div id="ed" contenteditable="true"><p id="p">x</p></div></div>', '#p');
    expect(findEditingHost(el)?.id).toBe('ed');
  });
});

describe('editorOf', () => {
  it('recognizes the framework editors by their root markers', () => {
    expect(editorOf(mount(QUILL_LIKE, '.ql-editor'))).toBe('quill');
    expect(editorOf(mount(TIPTAP_LIKE, '.ProseMirror'))).toBe('prosemirror');
    expect(editorOf(mount(LEXICAL_LIKE, '[data-lexical-editor]'))).toBe('lexical');
    expect(editorOf(mount('<div id="e" contenteditable data-slate-editor="true"></div>', '#e'))).toBe('slate');
    expect(editorOf(mount('<div id="e" class="ck ck-editor__editable" contenteditable></div>', '#e'))).toBe('ckeditor');
    expect(
      editorOf(mount('<div class="DraftEditor-root"><div id="e" contenteditable><div data-contents="true"></div></div></div>', '#e')),
    ).toBe('draft');
  });

  it('calls any other editing host a plain contenteditable', () => {
    expect(editorOf(mount('<div id="e" contenteditable><p>x</p></div>', '#e'))).toBe('contenteditable');
  });
});
