// @vitest-environment happy-dom
// Inserting a whole text at the caret: where the caret is, in a plain field and in a rich one,
// and that a text with line breaks counts as inserted when the editor turns them into paragraphs.
import { describe, expect, it } from 'vitest';
import { readEditableText } from '../../src/extension/editing/editable-text.js';
import { editableElement } from '../../src/extension/editing/editor-detection.js';
import { caretOffset, insertText } from '../../src/extension/editing/insert-text.js';
import type { InsertStrategy } from '../../src/extension/editing/insertion-strategies.js';
import { editableOf, mount, QUILL_LIKE } from './dom-fixtures.js';

describe('caretOffset', () => {
  it('reads the caret of a textarea', () => {
    const field = mount('<textarea id="f">Hello world</textarea>', '#f') as HTMLTextAreaElement;
    field.setSelectionRange(5, 5);
    const editable = editableOf(field);
    expect(caretOffset(editable, field.value, null)).toBe(5);
  });

  it('reads the caret inside a rich editor, and falls back to the end when the caret is elsewhere', () => {
    const root = mount(QUILL_LIKE, '.ql-editor');
    const editable = editableOf(root);
    const { text, map } = readEditableText(editable);
    const word = root.querySelector('p')!.firstChild as Text;
    document.getSelection()!.collapse(word, 4);
    expect(text.slice(caretOffset(editable, text, map)).startsWith('will walk')).toBe(true);
    document.getSelection()!.collapse(document.body, 0);
    expect(caretOffset(editable, text, map)).toBe(text.length);
  });
});

describe('insertText', () => {
  /** A stand-in editor that lays each line out as its own paragraph, as Quill does. */
  const paragraphs: InsertStrategy = {
    method: 'beforeinput',
    appliesTo: () => true,
    run({ editable, replacement }) {
      const root = editableElement(editable);
      for (const line of replacement.split('\n').filter(Boolean)) {
        const p = root.ownerDocument.createElement('p');
        p.textContent = line;
        root.append(p);
      }
      return true;
    },
  };

  it('counts a text laid out as paragraphs as inserted', async () => {
    const root = mount('<div contenteditable="true" id="f"><p>Draft</p></div>', '#f');
    document.getSelection()!.collapse(document.body, 0);
    const result = await insertText(root, 'Peer Support Specialist\n\nAbout the position\n', {
      strategies: [paragraphs],
      settle: async () => undefined,
    });
    expect(result).toEqual({ ok: true, method: 'beforeinput' });
    expect(root.textContent).toBe('DraftPeer Support SpecialistAbout the position');
  });

  it('copies the text instead when no editable field has the focus', async () => {
    const copied: string[] = [];
    const result = await insertText(mount('<p id="p">Not a field</p>', '#p'), 'Posting', {
      copy: async (t) => {
        copied.push(t);
        return true;
      },
    });
    expect(result).toEqual({ ok: false, reason: 'not-editable', copied: true });
    expect(copied).toEqual(['Posting']);
  });
});
