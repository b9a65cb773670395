// DOM snapshots of editor fields, shaped like what each editor renders, for the unit tests.
import { findEditable, type Editable } from '../../src/extension/editing/editor-detection.js';

/** Replaces the document body with `html` and returns the element matching `selector`. */
export function mount(html: string, selector: string): HTMLElement {
  document.body.innerHTML = html;
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}

export function editableOf(el: Element): Editable {
  const editable = findEditable(el);
  if (!editable) throw new Error('fixture field is not editable');
  return editable;
}

export const QUILL_LIKE =
  '<div class="ql-container"><div class="ql-editor" contenteditable="true">' +
  '<h2>Peer Support Specialist</h2><p>You will walk alongside addicts in <strong>early</strong> recovery.</p>' +
  '<p><br></p><p>We value lived experience.</p></div></div>';

export const TIPTAP_LIKE =
  '<div id="mount"><div class="tiptap ProseMirror" contenteditable="true" translate="no">' +
  '<h2>Peer Support Specialist</h2><p>Substance <em>abuse</em> training.</p>' +
  '<p><br class="ProseMirror-trailingBreak"></p></div></div>';

export const LEXICAL_LIKE =
  '<div contenteditable="true" data-lexical-editor="true" role="textbox">' +
  '<p dir="ltr"><span data-lexical-text="true">You will walk alongside </span>' +
  '<strong data-lexical-text="true">addicts</strong><span data-lexical-text="true"> daily.</span></p>' +
  '<p><br></p><p dir="ltr"><span data-lexical-text="true">Line one</span><br><span data-lexical-text="true">line two</span></p></div>';

export const HAND_WRITTEN =
  '<div id="field" contenteditable="true">\n  <h2>Title</h2>\n  <p>First <b>bold</b> para.</p>\n' +
  '  <p>Has a <span contenteditable="false">widget</span> inside.</p>\n  <script>var x = 1;</script>\n</div>';
