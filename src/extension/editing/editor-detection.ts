// Finds editable fields: the one a check reads (the focused field, else the page's only one) and
// the one an edit goes into (the field around a target element), with which editor owns it.
// Runs in web pages (content script): DOM only.
import { frameBody } from '../page-reading/text-node-map.js';

/** The rich editors we know by their root's markup; 'contenteditable' is any other editing host. */
export type EditorKind = 'prosemirror' | 'quill' | 'lexical' | 'ckeditor' | 'tinymce' | 'slate' | 'draft' | 'contenteditable';

interface KnownEditor {
  kind: Exclude<EditorKind, 'contenteditable'>;
  /** Its editing host (checked on the host and its ancestors). */
  root: string;
  /** A wrapper around the host that also names the editor. */
  around?: string;
  /** It keeps its own document model, so an edit must go through input events it handles. */
  ownModel: boolean;
}

/** The one list of editors, for reading and for editing alike. */
const KNOWN_EDITORS: readonly KnownEditor[] = [
  { kind: 'lexical', root: '[data-lexical-editor="true"]', ownModel: true },
  { kind: 'slate', root: '[data-slate-editor="true"]', ownModel: true },
  { kind: 'ckeditor', root: '.ck-editor__editable', ownModel: true },
  { kind: 'prosemirror', root: '.ProseMirror', ownModel: true },
  { kind: 'quill', root: '.ql-editor', ownModel: true },
  { kind: 'draft', root: '.public-DraftEditor-content', around: '.DraftEditor-root', ownModel: true },
  // TinyMCE edits its iframe's body as a plain editing host.
  { kind: 'tinymce', root: '.mce-content-body', ownModel: false },
];
const ROOTS = KNOWN_EDITORS.map((e) => e.root).join(',');

export type Editable =
  | { kind: 'text-control'; element: HTMLTextAreaElement | HTMLInputElement }
  | { kind: 'contenteditable'; root: HTMLElement; editor: EditorKind };

/** Inputs a check reads: text-like ones (a checkbox or a password never). */
const READABLE_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url']);
/** Inputs an edit goes into: their value supports setSelectionRange; password fields are never touched. */
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

/** Which editor owns this editing host ('contenteditable' when none we know). */
export function editorOf(root: HTMLElement): EditorKind {
  for (const editor of KNOWN_EDITORS) {
    if (root.closest(editor.root) || (editor.around && root.closest(editor.around))) return editor.kind;
  }
  if (root.querySelector('[data-contents="true"]')) return 'draft';
  return 'contenteditable';
}

/** Does the field's editor keep its own model (edits go through its input events)? */
export function keepsOwnModel(editable: Editable): boolean {
  if (editable.kind !== 'contenteditable') return false;
  return KNOWN_EDITORS.some((e) => e.kind === editable.editor && e.ownModel);
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
  return root ? { kind: 'contenteditable', root, editor: editorOf(root) } : null;
}

/** The element that receives focus and input events for this field. */
export function editableElement(editable: Editable): HTMLElement {
  return editable.kind === 'text-control' ? editable.element : editable.root;
}

/** The field a check reads: the focused one (looking into same-origin editor iframes and open
 *  shadow roots), else the page's only one. */
export function findFieldToRead(doc: Document): HTMLElement | null {
  const focused = deepActiveElement(doc);
  const fromFocus = focused && fieldRoot(focused);
  if (fromFocus) return fromFocus;
  const all = Array.from(doc.querySelectorAll<HTMLElement>(`${ROOTS},[contenteditable]:not([contenteditable="false"]),textarea`))
    .map(fieldRoot)
    .filter((el, i, list): el is HTMLElement => !!el && list.indexOf(el) === i);
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    const body = frameBody(frame);
    if (body && isContentEditable(body)) all.push(body);
  }
  return all.length === 1 ? all[0]! : null;
}

export function isReadableTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && READABLE_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 10; depth++) {
    if (active.tagName === 'IFRAME') {
      const inner = frameBody(active)?.ownerDocument.activeElement;
      if (!inner) return active;
      active = inner;
    } else if (active.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
    } else {
      return active;
    }
  }
  return active;
}

/** The field's root for an element inside it: a known editor's root, else the outermost
 *  contenteditable ancestor. */
function fieldRoot(el: Element): HTMLElement | null {
  if (isReadableTextField(el)) return el;
  const known = el.closest<HTMLElement>(ROOTS);
  if (known) return known;
  let root: HTMLElement | null = null;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (isContentEditable(e)) root = e as HTMLElement;
  }
  return root;
}

function isContentEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}
