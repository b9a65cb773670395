// The plain text of an editable field, with where each character lives in the DOM.
// Findings on an editor field must be computed on this text: applySuggestion maps the
// same offsets back to the DOM and re-reads the same way to verify an edit.
import type { Segment, TextMap } from '../page-reading/types.js';
import type { Editable } from './editor-detection.js';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

// Whitespace-only text between block elements is source formatting, not content.
function isFormattingWhitespace(node: Text): boolean {
  if (!/^[ \t\r\n]*$/.test(node.data) || !/[\r\n]/.test(node.data)) return false;
  const parent = node.parentElement;
  return !!parent && Array.from(parent.children).some(isBlock);
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
    const block = isBlock(el);
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
