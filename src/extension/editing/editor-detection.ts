// Finds the editable field around a target element and which editor framework owns it.
// Runs in web pages (content script): DOM only.

/** Editors that keep their own document model and must be edited through input events. */
export type EditorFamily = 'prosemirror' | 'quill' | 'lexical' | 'ckeditor' | 'slate' | 'draft';

export type Editable =
  | { kind: 'text-control'; element: HTMLTextAreaElement | HTMLInputElement }
  | { kind: 'contenteditable'; root: HTMLElement; family: EditorFamily | null };

// Root markers from anchors.md §C3/§C4; checked on the editing host and its ancestors.
const FAMILY_SELECTORS: ReadonlyArray<[EditorFamily, string]> = [
  ['lexical', '[data-lexical-editor="true"]'],
  ['slate', '[data-slate-editor="true"]'],
  ['ckeditor', '.ck-editor__editable'],
  ['prosemirror', '.ProseMirror'],
  ['quill', '.ql-editor'],
  ['draft', '.DraftEditor-root, .public-DraftEditor-content'],
];

// Input types whose value supports setSelectionRange; password fields are never touched.
const SELECTABLE_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel']);

function contentEditableState(el: Element): 'host' | 'off' | 'inherit' {
  const value = el.getAttribute('contenteditable');
  if (value === null) return 'inherit';
  const v = value.trim().toLowerCase();
  return v === '' || v === 'true' || v === 'plaintext-only' ? 'host' : v === 'false' ? 'off' : 'inherit';
}

/**
 * The outermost editing host containing `el`, or null when `el` is not editable
 * (not inside a contenteditable, or inside a contenteditable="false" island).
 */
export function findEditingHost(el: Element): HTMLElement | null {
  let host: HTMLElement | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const state = contentEditableState(node);
    if (state === 'off') {
      if (host) return host; // a non-editable wrapper around an editor
      return null; // an island inside an editor, or a plain non-editable element
    }
    if (state === 'host') host = node as HTMLElement;
  }
  return host;
}

export function detectFamily(root: HTMLElement): EditorFamily | null {
  for (const [family, selector] of FAMILY_SELECTORS) {
    if (root.matches(selector) || root.closest(selector)) return family;
  }
  if (root.querySelector('[data-contents="true"]')) return 'draft';
  return null;
}

/** The editable field `target` belongs to, or null when there is none we may edit. */
export function findEditable(target: Element | null): Editable | null {
  if (!target) return null;
  const tag = target.tagName;
  if (tag === 'TEXTAREA') {
    const el = target as HTMLTextAreaElement;
    return el.disabled || el.readOnly ? null : { kind: 'text-control', element: el };
  }
  if (tag === 'INPUT') {
    const el = target as HTMLInputElement;
    if (!SELECTABLE_INPUT_TYPES.has(el.type) || el.disabled || el.readOnly) return null;
    return { kind: 'text-control', element: el };
  }
  const root = findEditingHost(target);
  return root ? { kind: 'contenteditable', root, family: detectFamily(root) } : null;
}

/** The element that receives focus and input events for this field. */
export function editableElement(editable: Editable): HTMLElement {
  return editable.kind === 'text-control' ? editable.element : editable.root;
}
