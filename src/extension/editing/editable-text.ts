// The plain text of an editable field, read two ways over the same DOM text nodes: as a check
// analyzes it (laid out like page text: paragraphs, list markers) and as an edit sees it
// (verbatim, one line break between blocks: applySuggestion maps these offsets back to the DOM
// and re-reads the same way to verify an edit). A span found by the check is carried from one to
// the other through the DOM text nodes both point into.
import { isBlock } from '../../input/html-blocks.js';
import { buildTextMap, offsetAt } from '../page-reading/text-node-map.js';
import type { Segment, TextMap } from '../page-reading/types.js';
import { editorOf, isReadableTextField, type Editable, type EditorKind } from './editor-detection.js';

export type FieldReading =
  | { kind: 'field'; element: HTMLTextAreaElement | HTMLInputElement; text: string }
  | { kind: 'rich'; editor: EditorKind; element: HTMLElement; text: string; map: TextMap };

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function isBlockElement(el: Element): boolean {
  return isBlock(el.tagName);
}

// Whitespace-only text between block elements is source formatting, not content.
function isFormattingWhitespace(node: Text): boolean {
  if (!/^[ \t\r\n]*$/.test(node.data) || !/[\r\n]/.test(node.data)) return false;
  const parent = node.parentElement;
  return !!parent && Array.from(parent.children).some(isBlockElement);
}

class TextBuilder {
  text = '';
  segments: Segment[] = [];
  private pendingBlockBreak = false;
  private pendingBreaks = 0; // <br>s seen since the last text in this block

  addText(node: Text): void {
    if (node.data.length === 0) return;
    this.flush();
    this.segments.push({ node, start: this.text.length, nodeStart: 0, length: node.data.length });
    this.text += node.data;
  }

  addLineBreak(): void {
    this.pendingBreaks += 1;
  }

  // A <br> that ends a block only keeps the block open (editors' placeholder <br>).
  blockBoundary(): void {
    if (this.pendingBreaks > 1) this.text += '\n'.repeat(this.pendingBreaks - 1);
    this.pendingBreaks = 0;
    if (this.text.length > 0) this.pendingBlockBreak = true;
  }

  private flush(): void {
    if (this.pendingBlockBreak && !this.text.endsWith('\n')) this.text += '\n';
    this.pendingBlockBreak = false;
    if (this.pendingBreaks > 0) this.text += '\n'.repeat(this.pendingBreaks);
    this.pendingBreaks = 0;
  }
}

function walk(node: Node, out: TextBuilder): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child as Text;
      if (!isFormattingWhitespace(text)) out.addText(text);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (SKIPPED_TAGS.has(el.tagName)) continue;
    if (el.tagName === 'BR') {
      out.addLineBreak();
      continue;
    }
    const block = isBlockElement(el);
    if (block) out.blockBoundary();
    // Non-editable islands (widgets, embeds) are not text the user can change.
    if (el.getAttribute('contenteditable')?.toLowerCase() !== 'false') walk(el, out);
    if (block) out.blockBoundary();
  }
}

/**
 * Reads a contenteditable root: text nodes verbatim (1:1 offsets, no whitespace
 * collapsing, since editors render pre-wrap), one "\n" between blocks, "\n" per
 * <br> except a block's trailing placeholder <br>.
 */
export function readContentEditable(root: Element): TextMap {
  const out = new TextBuilder();
  walk(root, out);
  out.blockBoundary();
  return { text: out.text, segments: out.segments };
}

/** Plain text of any editable field; `map` is present for contenteditable fields. */
export function readEditableText(editable: Editable): { text: string; map: TextMap | null } {
  if (editable.kind === 'text-control') return { text: editable.element.value, map: null };
  const map = readContentEditable(editable.root);
  return { text: map.text, map };
}

/** The field as a check reads it: a text field by value, a rich editor as page text with its map. */
export function readFieldForCheck(element: HTMLElement): FieldReading {
  if (isReadableTextField(element)) return { kind: 'field', element, text: element.value };
  const map = buildTextMap(element, { keepChrome: true });
  return { kind: 'rich', editor: editorOf(element), element, text: map.text, map };
}

/**
 * Where a span the check found stands in the field's text now, as an edit sees it: in a text
 * field its offsets (the check read the value itself); in a rich editor the place of `onPage`,
 * the span's DOM range as the check drew it. Null when the text there is no longer what the
 * check saw.
 */
export function spanForEdit(
  editable: Editable,
  span: { start: number; end: number; text: string },
  onPage: Range | null,
): [number, number] | null {
  const { text, map } = readEditableText(editable);
  let at: [number, number] | null = [span.start, span.end];
  if (map) {
    const s = onPage ? offsetAt(map, onPage.startContainer, onPage.startOffset) : -1;
    const e = onPage ? offsetAt(map, onPage.endContainer, onPage.endOffset) : -1;
    at = s >= 0 && e > s ? [s, e] : null;
  }
  // The same words (the two readings may space and break lines differently between them).
  return at && squash(text.slice(at[0], at[1])) === squash(span.text) ? at : null;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
