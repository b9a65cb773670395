// Plain text from HTML for the analyzer, on any DOM (linkedom in the CLI, the browser's own
// parser in the extension), so a page reads the same everywhere: block elements become line
// breaks, list items "- " lines, scripts/styles dropped, entities decoded. The text is what
// findings' offsets point into, so it is kept close to what a reader sees on the page.
import { isBlock, LIST_BLOCKS, PARAGRAPH_BLOCKS } from './html-blocks.js';
import { normalizeText } from './normalize-text.js';

/** Parses an HTML fragment into an inert body of its own (nothing runs, nothing loads). */
export type ParseHtmlBody = (html: string) => HTMLElement;

const ELEMENT = 1;
const TEXT = 3;

/** Elements whose content is never visible text. */
const SKIP = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);
/** Elements the CLI reads as lines besides the blocks: a select's options, a whole document. */
const ALSO_LINES = new Set(['OPTION', 'BODY', 'HTML']);

/** Accumulates text, turning requested breaks and spaces into at most one separator. */
class TextWriter {
  private out = '';
  private breaks = 0;
  private space = false;

  lineBreak(count: 1 | 2): void {
    if (this.out) this.breaks = Math.max(this.breaks, count);
    this.space = false;
  }

  /** A <br>: each one adds a line, up to a blank line. */
  hardBreak(): void {
    if (this.out) this.breaks = Math.min(this.breaks + 1, 2);
    this.space = false;
  }

  /** Text as written in HTML: whitespace runs are one space. */
  inline(raw: string): void {
    const collapsed = raw.replace(/\s+/g, ' ');
    if (collapsed === ' ' || collapsed === '') {
      if (collapsed === ' ') this.space = true;
      return;
    }
    const lead = collapsed.startsWith(' ');
    const trail = collapsed.endsWith(' ');
    this.emit(collapsed.trim(), lead);
    this.space = trail;
  }

  /** Text kept as is (list markers, <pre> content). */
  verbatim(text: string): void {
    if (text) this.emit(text, false);
  }

  private emit(text: string, lead: boolean): void {
    if (this.breaks > 0) {
      this.out += '\n'.repeat(this.breaks);
      this.breaks = 0;
    } else if ((this.space || lead) && this.out && !/[\s]$/.test(this.out)) {
      this.out += ' ';
    }
    this.space = false;
    this.out += text;
  }

  toString(): string {
    return normalizeText(this.out);
  }
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

interface Visit {
  node: Node;
  listDepth: number;
  pre: boolean;
}

/** The break an element asks for on entering and leaving, if any. */
interface Leave {
  leave: 1 | 2;
}

/**
 * Depth-first, in document order, with an explicit stack instead of recursion: a page nested
 * 100,000 elements deep is read like any other, never overflowing the call stack. Each node is
 * pushed and popped once, so time is linear in the number of nodes.
 */
function walk(root: Node, w: TextWriter): void {
  const stack: Array<Visit | Leave> = [{ node: root, listDepth: 0, pre: false }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('leave' in item) {
      w.lineBreak(item.leave);
      continue;
    }
    const { node, listDepth, pre } = item;
    if (node.nodeType === TEXT) {
      const value = node.textContent ?? '';
      if (pre) w.verbatim(value);
      else w.inline(value);
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as Element;
    const tag = el.nodeName.toUpperCase();
    if (SKIP.has(tag) || isHidden(el)) continue;
    if (tag === 'BR') {
      w.hardBreak();
      continue;
    }
    // Any other block is one line break, table cells included (a row's cells are lines); a list
    // inside a list item is not a new paragraph.
    const isList = LIST_BLOCKS.has(tag);
    const paragraph = PARAGRAPH_BLOCKS.has(tag) && !(isList && listDepth > 0);
    const block = isBlock(tag) || ALSO_LINES.has(tag);
    const breaks: 1 | 2 | 0 = paragraph ? 2 : block ? 1 : 0;
    if (breaks) w.lineBreak(breaks);
    if (tag === 'LI') w.verbatim('  '.repeat(Math.max(0, listDepth - 1)) + '- ');
    if (breaks) stack.push({ leave: breaks });
    const depth = isList ? listDepth + 1 : listDepth;
    const inPre = pre || tag === 'PRE' || tag === 'TEXTAREA';
    // Children pushed last-first so the first child is popped first.
    for (let child = el.lastChild; child; child = child.previousSibling) {
      stack.push({ node: child, listDepth: depth, pre: inPre });
    }
  }
}

/** How deep and how large a tree is, counted without recursion. */
export function treeShape(root: Node): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (node.nodeType !== ELEMENT) continue;
    elements += 1;
    if (level > depth) depth = level;
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push([child, level + 1]);
  }
  return { depth, elements };
}

/** Text of a parsed DOM node (a document body, an article element). */
export function nodeToText(node: Node): string {
  const w = new TextWriter();
  walk(node, w);
  return w.toString();
}

const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

/**
 * Plain text of an HTML fragment or document. A string with no tags is taken as text whose line
 * breaks matter (many JSON-LD descriptions are plain text with entities); a description that was
 * HTML-escaped twice ("&lt;p&gt;…") is unescaped once and read as HTML. `readTagged` reads HTML
 * as given (the CLI reads too-deep markup without a parse).
 */
export function htmlToTextWith(
  html: string,
  parseBody: ParseHtmlBody,
  readTagged: (html: string) => string = (h) => nodeToText(parseBody(h)),
): string {
  if (TAG.test(html)) return readTagged(html);
  if (!html.includes('&')) return normalizeText(html.replace(/[ \t\f\v]+/g, ' '));
  const decoded = parseBody(`<pre>${html.replace(/</g, '&lt;')}</pre>`).textContent ?? '';
  if (TAG.test(decoded)) return nodeToText(parseBody(decoded));
  return normalizeText(decoded.replace(/[ \t\f\v]+/g, ' '));
}
