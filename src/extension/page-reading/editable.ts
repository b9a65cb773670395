// The editable field the user is writing in: a textarea or text input (offsets are offsets into
// its value), or a contenteditable / rich editor (text with a text-node map, like page text).
import { buildTextMap } from './text-node-map.js';
import type { TextMap } from './types.js';

export type EditorKind = 'prosemirror' | 'quill' | 'lexical' | 'ckeditor' | 'tinymce' | 'contenteditable';

export type EditableReading =
  | { kind: 'field'; element: HTMLTextAreaElement | HTMLInputElement; text: string }
  | { kind: 'rich'; editor: EditorKind; element: HTMLElement; text: string; map: TextMap };

/** Roots of the rich editors we know, and what they are. */
const EDITOR_ROOTS: ReadonlyArray<[selector: string, kind: EditorKind]> = [
  ['.ProseMirror', 'prosemirror'],
  ['.ql-editor', 'quill'],
  ['[data-lexical-editor]', 'lexical'],
  ['.ck-editor__editable', 'ckeditor'],
  ['.mce-content-body', 'tinymce'],
];
const TEXT_INPUTS = new Set(['', 'text', 'search', 'email', 'url']);
const CANDIDATES = `${EDITOR_ROOTS.map(([s]) => s).join(',')},[contenteditable]:not([contenteditable="false"]),textarea`;

export function readEditable(doc: Document): EditableReading | null {
  const element = findEditable(doc);
  return element ? readElement(element) : null;
}

/** The focused editable element (looking into same-origin editor iframes and open shadow roots),
 *  else the page's only editor. */
export function findEditable(doc: Document): HTMLElement | null {
  const focused = deepActiveElement(doc);
  const fromFocus = focused && editableRoot(focused);
  if (fromFocus) return fromFocus;
  const all = Array.from(doc.querySelectorAll<HTMLElement>(CANDIDATES))
    .map(editableRoot)
    .filter((el, i, list): el is HTMLElement => !!el && list.indexOf(el) === i);
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    const body = frameBody(frame);
    if (body && isContentEditable(body)) all.push(body);
  }
  return all.length === 1 ? all[0]! : null;
}

export function readElement(element: HTMLElement): EditableReading | null {
  if (isTextField(element)) return { kind: 'field', element, text: element.value };
  const map = buildTextMap(element, { keepChrome: true });
  return { kind: 'rich', editor: editorKind(element), element, text: map.text, map };
}

function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 10; depth++) {
    if (active.tagName === 'IFRAME') {
      const inner = frameBody(active as HTMLIFrameElement)?.ownerDocument.activeElement;
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

/** A same-origin iframe's body (TinyMCE's editing area); null when cross-origin. */
function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

/** The editor's root for an element inside it: a known editor root, else the outermost
 *  contenteditable ancestor. */
function editableRoot(el: Element): HTMLElement | null {
  if (isTextField(el)) return el;
  const known = el.closest<HTMLElement>(EDITOR_ROOTS.map(([s]) => s).join(','));
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

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUTS.has((el.getAttribute('type') ?? '').toLowerCase());
}

function editorKind(el: HTMLElement): EditorKind {
  for (const [selector, kind] of EDITOR_ROOTS) if (el.matches(selector)) return kind;
  return 'contenteditable';
}
