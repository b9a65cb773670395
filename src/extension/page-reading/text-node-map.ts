// Plain text from DOM elements, keeping for every copied run the text node it came from, so an
// offset range in the analyzed text maps back to a DOM Range (CSS Custom Highlight API) and a DOM
// position maps to an offset. Block elements give line breaks; whitespace collapses as it renders.
// Open shadow roots and same-origin frames are read where they are rendered. The walk is a loop
// over an explicit stack that pauses now and then (slicing.ts), so huge pages do not block.
import { firstIndexWhere } from '../../core/text/sorted-search.js';
import { CHROME_BLOCKS, isBlock, LIST_BLOCKS, PARAGRAPH_BLOCKS, SECTION_BLOCKS, TABLE_CELLS } from '../../input/html-blocks.js';
import { Pacer, runSync, type Steps } from './slicing.js';
import type { Segment, TextMap } from './types.js';

/** Elements whose text is never what a reader sees as the document. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SELECT',
  'INPUT',
  'TEXTAREA',
]);
/** Page chrome around a posting (and buttons); kept when the user chose the text (selection, editor). */
const CHROME_TAGS = new Set([...CHROME_BLOCKS, 'BUTTON']);
const SKIP_SELECTOR =
  '[hidden],[aria-hidden="true"],.sr-only,.visually-hidden,.screen-reader-text,[style*="display:none"],[style*="display: none"]';

/** Zero-width and soft-hyphen characters: dropped, as the CLI's reader drops them. */
const RUNS = /(\s+)|([\u00ad\u200b\u200c\u200d\u2060]+)|[^\s\u00ad\u200b\u200c\u200d\u2060]+/g;

export interface BuildOptions {
  /** Only the part of the elements inside this range (a user's selection). */
  range?: Range;
  /** Keep navigation, footers, asides and buttons (text the user chose, not a page to sift). */
  keepChrome?: boolean;
}

/** Builds the text of `roots` in reading order; separate roots are separate paragraphs. */
export function buildTextMap(roots: Element | Element[], options: BuildOptions = {}): TextMap {
  return runSync(textMapSteps(roots, options));
}

/** buildTextMap as pausable work (see slicing.ts). */
export function* textMapSteps(roots: Element | Element[], options: BuildOptions = {}): Steps<TextMap> {
  const builder = new Builder(options.range, options.keepChrome ?? false);
  for (const root of Array.isArray(roots) ? roots : [roots]) {
    builder.brk(2);
    yield* builder.walk(root);
    builder.brk(2);
  }
  return { text: builder.text, segments: builder.segments };
}

/** The body of a same-origin frame; null when cross-origin or not loaded. */
export function frameBody(frame: Element): HTMLElement | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

/**
 * The nodes rendered in place of `el`'s children when they are not its light children: an open
 * shadow root's content, a slot's assigned nodes, a same-origin frame's body. Null otherwise.
 */
export function renderedChildren(el: Element): Node[] | null {
  const shadow = el.shadowRoot;
  if (shadow) return Array.from(shadow.childNodes);
  if (el.tagName === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    return assigned.length ? assigned : null;
  }
  if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
    const body = frameBody(el);
    return body ? [body] : [];
  }
  return null;
}

/** One element being walked: where its children stand and what it owes when it ends. */
interface Frame {
  pre: number;
  depth: number;
  level: number;
  cell: boolean;
  /** Next light child to visit (when `list` is null). */
  next: Node | null;
  /** Rendered children (shadow root, slot, frame) and the index of the next one. */
  list: Node[] | null;
  index: number;
}

/** True for elements whose text is not part of the page's document text. */
export function isSkipped(el: Element, keepChrome = false): boolean {
  const tag = el.tagName.toUpperCase();
  return SKIP_TAGS.has(tag) || (!keepChrome && CHROME_TAGS.has(tag)) || el.matches(SKIP_SELECTOR);
}

class Builder {
  text = '';
  segments: Segment[] = [];
  /** Line break owed before the next visible character: 0 none, 1 newline, 2 blank line. */
  private pendingBreak = 0;
  /** A collapsed space owed before the next visible character: where it stands when it was one DOM
   *  space (so ranges over it read the same), null when written, false when none is owed. */
  private pendingSpace: { node: Text; at: number } | null | false = false;
  /** A list marker owed before the next visible character of a list item ("- ", as the CLI writes). */
  private pendingBullet = '';

  constructor(
    private readonly range: Range | undefined,
    private readonly keepChrome: boolean,
  ) {}

  brk(level: number): void {
    this.pendingBreak = Math.max(this.pendingBreak, level);
  }

  *walk(root: Element): Steps<void> {
    const pacer = new Pacer();
    const stack: Frame[] = [];
    const first = this.enter(root, 0, 0);
    if (first) stack.push(first);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      let child: Node | null;
      if (top.list) {
        child = top.list[top.index++] ?? null;
      } else {
        child = top.next;
        // Taken now: the page may move nodes while the walk pauses.
        top.next = child?.nextSibling ?? null;
      }
      if (!child) {
        this.leave(top);
        stack.pop();
      } else if (child.nodeType === 1) {
        const frame = this.enter(child as Element, top.pre, top.depth);
        if (frame) stack.push(frame);
      } else if (child.nodeType === 3) {
        yield* this.addText(child as Text, top.pre > 0);
      }
      if (pacer.due()) yield;
    }
  }

  /** Starts an element: its breaks and bullet; null when its text is not read. */
  private enter(el: Element, preDepth: number, listDepth: number): Frame | null {
    const tag = el.tagName.toUpperCase();
    // A same-origin frame is read as a block of its own (never inside a user's selection).
    const isFrame = tag === 'IFRAME' || tag === 'FRAME';
    if (isFrame ? this.range || el.matches(SKIP_SELECTOR) : isSkipped(el, this.keepChrome)) return null;
    if (this.range && !this.range.intersectsNode(el)) return null;
    const isList = LIST_BLOCKS.has(tag);
    // A list inside a list item is not a new paragraph. Sections are set off like paragraphs here
    // (dom-to-text gives them one line break); table cells are spaced, not broken (below).
    const paragraph = PARAGRAPH_BLOCKS.has(tag) || SECTION_BLOCKS.has(tag);
    const cell = TABLE_CELLS.has(tag);
    const level = isFrame ? 2 : isList ? (listDepth ? 1 : 2) : paragraph ? 2 : isBlock(tag) && !cell ? 1 : 0;
    if (tag === 'BR') {
      // Two <br> in a row make a blank line.
      this.pendingBreak = this.text ? Math.min(2, this.pendingBreak + 1) : 0;
      return null;
    }
    if (cell && this.pendingSpace === false) this.pendingSpace = null;
    if (level) this.brk(level);
    if (tag === 'LI') this.pendingBullet = `${'  '.repeat(Math.max(0, listDepth - 1))}- `;
    // Inside a selection only the light tree is walked: the range cannot reach into the others.
    const list = this.range ? null : renderedChildren(el);
    return {
      pre: preDepth + (tag === 'PRE' ? 1 : 0),
      depth: listDepth + (isList ? 1 : 0),
      level,
      cell,
      next: list ? null : el.firstChild,
      list,
      index: 0,
    };
  }

  private leave(frame: Frame): void {
    if (frame.level) this.brk(frame.level);
    if (frame.cell && this.pendingSpace === false) this.pendingSpace = null;
  }

  private *addText(node: Text, pre: boolean): Steps<void> {
    let from = 0;
    let to = node.data.length;
    if (this.range) {
      if (!this.range.intersectsNode(node)) return;
      if (this.range.startContainer === node) from = this.range.startOffset;
      if (this.range.endContainer === node) to = this.range.endOffset;
    }
    const data = node.data;
    // Whitespace runs and visible runs, in order.
    const re = pre ? /(\n)|()[^\n]+/g : new RegExp(RUNS.source, 'g');
    re.lastIndex = from;
    const pacer = new Pacer(1024);
    for (let m = re.exec(data); m && m.index < to; m = re.exec(data)) {
      // A megabyte in one text node: pause inside it too.
      if (pacer.due()) yield;
      const start = m.index;
      const end = Math.min(to, start + m[0].length);
      if (pre && m[1]) {
        this.pendingBreak = this.text ? Math.max(1, Math.min(2, this.pendingBreak + 1)) : 0;
      } else if (m[2]) {
        // invisible characters: skipped without a space
      } else if (!pre && m[1]) {
        if (this.pendingSpace === false || this.pendingSpace === null) {
          this.pendingSpace = end - start === 1 && data[start] === ' ' ? { node, at: start } : null;
        }
      } else {
        this.flushSpacing();
        this.emit(node, start, end - start, data);
      }
    }
  }

  /** Writes the break or space owed before visible text (nothing at the very start). */
  private flushSpacing(): void {
    if (this.text) {
      if (this.pendingBreak) {
        this.text += this.pendingBreak === 2 ? '\n\n' : '\n';
      } else if (this.pendingSpace) {
        this.emit(this.pendingSpace.node, this.pendingSpace.at, 1);
      } else if (this.pendingSpace === null) {
        this.text += ' ';
      }
    }
    this.text += this.pendingBullet;
    this.pendingBullet = '';
    this.pendingBreak = 0;
    this.pendingSpace = false;
  }

  /** `data`: the node's text when its reading began (the page may change it during a pause). */
  private emit(node: Text, nodeStart: number, length: number, data = node.data): void {
    const last = this.segments[this.segments.length - 1];
    const start = this.text.length;
    this.text += data.slice(nodeStart, nodeStart + length);
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.start + last.length === start) {
      last.length += length;
    } else {
      this.segments.push({ node, start, nodeStart, length });
    }
  }
}

/** Index of the first segment that ends after `pos`, or segments.length. */
function firstEndingAfter(segments: Segment[], pos: number): number {
  return firstIndexWhere(segments.length, (i) => segments[i]!.start + segments[i]!.length > pos);
}

/** The DOM Range for [start, end) of the map's text; null when the span holds no DOM text. */
export function rangeAt(map: TextMap, start: number, end: number): Range | null {
  if (!(end > start)) return null;
  const i = firstEndingAfter(map.segments, start);
  // Last segment that starts before `end`.
  let j = firstEndingAfter(map.segments, end - 1);
  if (j >= map.segments.length || map.segments[j]!.start >= end) j -= 1;
  if (i >= map.segments.length || j < i) return null;
  const first = map.segments[i]!;
  const last = map.segments[j]!;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.nodeStart + Math.max(0, start - first.start));
  range.setEnd(last.node, last.nodeStart + Math.min(last.length, end - last.start));
  return range;
}

/** The text offset of a DOM position (e.g. a caret), or -1 when it is outside the map. */
export function offsetAt(map: TextMap, node: Node, offset: number): number {
  let target = node;
  let at = offset;
  if (node.nodeType !== 3) {
    // An element boundary: use the text just after it, else just before it.
    const after = firstTextIn(node.childNodes[offset] ?? null, 'first');
    const before = after ? null : firstTextIn(node.childNodes[offset - 1] ?? null, 'last');
    if (!after && !before) return -1;
    target = (after ?? before)!;
    at = after ? 0 : (before as Text).data.length;
  }
  for (const s of map.segments) {
    if (s.node === target && at >= s.nodeStart && at <= s.nodeStart + s.length) return s.start + at - s.nodeStart;
  }
  return -1;
}

function firstTextIn(node: Node | null, end: 'first' | 'last'): Text | null {
  if (!node) return null;
  if (node.nodeType === 3) return node as Text;
  const kids = Array.from(node.childNodes);
  if (end === 'last') kids.reverse();
  for (const kid of kids) {
    const found = firstTextIn(kid, end);
    if (found) return found;
  }
  return null;
}
