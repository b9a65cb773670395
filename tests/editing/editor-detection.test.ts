// @vitest-environment happy-dom
// Finding editable fields: the one an edit goes into (around a target element), the one a check
// reads (the focused field, else the page's only one; text fields by value, rich editors as page
// text with a map back to their text nodes), and which editor owns each.
import { describe, expect, it } from 'vitest';
import { readFieldForCheck } from '../../src/extension/editing/editable-text.js';
import { editorOf, findEditable, findEditingHost, findFieldToRead } from '../../src/extension/editing/editor-detection.js';
import { rangeAt } from '../../src/extension/page-reading/text-node-map.js';
import { pageAt } from '../page-reading/dom.js';
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

/** The field a check reads on this page, read as the check reads it. */
function readEditable(doc: Document) {
  const element = findFieldToRead(doc);
  return element ? readFieldForCheck(element) : null;
}

const DRAFT = '<p>Our peer staff support <strong>addicts</strong> in recovery.</p><p>Second paragraph.</p>';

describe('the field a check reads', () => {
  it('reads a focused textarea by value', () => {
    const doc = pageAt('https://example.org/', '<textarea id="t"></textarea><div contenteditable="true">other</div>');
    const textarea = doc.getElementById('t') as HTMLTextAreaElement;
    textarea.value = 'Must be clean and sober.\nSecond line.';
    textarea.focus();
    expect(readEditable(doc)).toEqual({ kind: 'field', element: textarea, text: 'Must be clean and sober.\nSecond line.' });
  });

  it('reads a focused text input, and not a checkbox', () => {
    const doc = pageAt(
      'https://example.org/',
      '<input id="i" type="text" value="Job title: Recovery Coach"><input id="c" type="checkbox">',
    );
    (doc.getElementById('i') as HTMLInputElement).focus();
    expect(readEditable(doc)).toMatchObject({ kind: 'field', text: 'Job title: Recovery Coach' });
    (doc.getElementById('c') as HTMLInputElement).focus();
    expect(readEditable(doc)).toBeNull();
  });

  const editors: Array<[string, string, string]> = [
    ['prosemirror', '<div class="tiptap ProseMirror" contenteditable="true" translate="no">', '</div>'],
    [
      'quill',
      '<div class="ql-container ql-snow"><div class="ql-editor" contenteditable="true" data-gramm="false">',
      '</div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div></div>',
    ],
    ['lexical', '<div contenteditable="true" role="textbox" spellcheck="true" data-lexical-editor="true">', '</div>'],
    [
      'ckeditor',
      '<div class="ck ck-editor__main"><div class="ck-blurred ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline" contenteditable="true" role="textbox">',
      '</div></div>',
    ],
    ['contenteditable', '<div id="plain" contenteditable="">', '</div>'],
  ];
  for (const [kind, open, close] of editors) {
    it(`reads a focused ${kind} editor with a map to its text nodes`, () => {
      const doc = pageAt('https://example.org/', `<h1>Compose</h1>${open}${DRAFT}${close}<p>Page text</p>`);
      const root = doc.querySelector<HTMLElement>('[contenteditable]:not(.ql-clipboard)')!;
      root.focus();
      const reading = readEditable(doc);
      expect(reading).toMatchObject({ kind: 'rich', editor: kind, element: root });
      if (reading?.kind !== 'rich') return;
      expect(reading.text).toBe('Our peer staff support addicts in recovery.\n\nSecond paragraph.');
      const at = reading.text.indexOf('addicts');
      const range = rangeAt(reading.map, at, at + 'addicts'.length)!;
      expect(range.toString()).toBe('addicts');
      expect(range.startContainer.parentElement!.tagName).toBe('STRONG');
    });
  }

  it('finds the editor root when focus is inside nested editable content', () => {
    const doc = pageAt(
      'https://example.org/',
      `<div id="outer" contenteditable="true"><div id="inner" contenteditable="true">${DRAFT}</div></div>`,
    );
    (doc.getElementById('inner') as HTMLElement).focus();
    expect(readEditable(doc)).toMatchObject({ kind: 'rich', editor: 'contenteditable', element: doc.getElementById('outer') });
  });

  it('reads TinyMCE inside its same-origin iframe', async () => {
    const doc = pageAt(
      'https://example.org/',
      '<div class="tox tox-tinymce"><div class="tox-edit-area"><iframe class="tox-edit-area__iframe" srcdoc="<body></body>"></iframe></div></div>',
    );
    const frame = doc.querySelector('iframe')!;
    // The frame loads its srcdoc after this task: wait for that, not for a length of time.
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const inner = frame.contentDocument!;
    inner.body.id = 'tinymce';
    inner.body.className = 'mce-content-body';
    inner.body.setAttribute('contenteditable', 'true');
    inner.body.innerHTML = DRAFT;
    frame.focus();
    inner.body.focus();
    expect(readEditable(doc)).toMatchObject({ kind: 'rich', editor: 'tinymce', element: inner.body });
    // Not focused: it is still the page's only editor.
    inner.body.blur();
    (doc.activeElement as HTMLElement | null)?.blur();
    expect(readEditable(doc)).toMatchObject({
      editor: 'tinymce',
      text: 'Our peer staff support addicts in recovery.\n\nSecond paragraph.',
    });
  });

  it('uses the only editor on the page when nothing is focused, and declines when there are several', () => {
    const one = pageAt('https://example.org/', `<p>Intro</p><div class="ProseMirror" contenteditable="true">${DRAFT}</div>`);
    expect(readEditable(one)).toMatchObject({ kind: 'rich', editor: 'prosemirror' });
    const two = pageAt('https://example.org/', `<div class="ProseMirror" contenteditable="true">${DRAFT}</div><textarea></textarea>`);
    expect(readEditable(two)).toBeNull();
    expect(readEditable(pageAt('https://example.org/', '<p>No editor</p>'))).toBeNull();
  });
});
