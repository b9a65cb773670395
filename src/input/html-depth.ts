// Nesting depth of HTML, estimated before parsing, and plain text without a parse. The HTML
// parser keeps its open elements in a list it shifts at the front on every tag, so its cost
// grows with the square of the depth: 100,000 nested <div>s take minutes. Real pages are a few
// dozen elements deep; past MAX_PARSE_DEPTH the markup is stripped in one linear pass instead.

import { isBlock } from './html-blocks.js';

/** Deeper than any real page, shallow enough for the parser to stay fast. */
export const MAX_PARSE_DEPTH = 1000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Often left unclosed: the parser closes them itself, so they do not add to the depth. */
const IMPLIED_CLOSE = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp']);

interface Tag {
  name: string;
  /** Byte offset of the tag's "<". */
  start: number;
  closing: boolean;
  selfClosing: boolean;
  /** Byte offset just past the tag's ">". */
  end: number;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 45;

/** The tag starting at byte `lt` (a "<"), or undefined when "<" starts no tag. */
function tagAt(bytes: Buffer, lt: number): Tag | undefined {
  let i = lt + 1;
  const closing = bytes[i] === SLASH;
  if (closing) i += 1;
  if (!isLetter(bytes[i] ?? 0)) return undefined;
  const nameStart = i;
  while (i < bytes.length && isNameChar(bytes[i]!)) i += 1;
  const gt = bytes.indexOf(GT, i);
  if (gt < 0) return undefined;
  return {
    name: bytes.toString('latin1', nameStart, i).toLowerCase(),
    start: lt,
    closing,
    selfClosing: bytes[gt - 1] === SLASH,
    end: gt + 1,
  };
}

interface Visitors {
  tag: (tag: Tag, bytes: Buffer) => void;
  /** The text between tags (not inside raw-text elements). */
  text?: (chunk: string) => void;
  /** The content of a raw-text element (script, style, …) opened by `tag`. */
  raw?: (tag: Tag, bytes: Buffer, start: number, end: number) => void;
}

/**
 * Calls the visitors for each tag, the text between tags and the content of raw-text elements.
 * Linear: it works on the UTF-8 bytes (searches there are plain byte scans, whatever shape
 * the string had in memory; string searches over some built-up strings were not).
 */
function scan(html: string, { tag: visit, text, raw }: Visitors): void {
  const bytes = Buffer.from(html, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    const lt = bytes.indexOf(LT, at);
    if (lt < 0) {
      text?.(bytes.toString('utf8', at));
      return;
    }
    if (lt > at) text?.(bytes.toString('utf8', at, lt));
    if (bytes[lt + 1] === 0x21 && bytes[lt + 2] === 0x2d && bytes[lt + 3] === 0x2d) {
      // "<!--"
      const close = bytes.indexOf('-->', lt + 4);
      at = close < 0 ? bytes.length : close + 3;
      continue;
    }
    const tag = tagAt(bytes, lt);
    if (!tag) {
      text?.('<');
      at = lt + 1;
      continue;
    }
    visit(tag, bytes);
    at = tag.end;
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      const close = closingTagAt(bytes, tag.name, at);
      const end = close < 0 ? bytes.length : close;
      raw?.(tag, bytes, at, end);
      at = end;
    }
  }
}

/** Where `</name` next occurs, the name in any mix of cases (`</Script`); -1 if nowhere. */
function closingTagAt(bytes: Buffer, name: string, from: number): number {
  for (let at = bytes.indexOf('</', from); at >= 0; at = bytes.indexOf('</', at + 2)) {
    let i = 0;
    // | 0x20 lowers an ASCII capital and keeps a lower-case letter; `name` is lower-case letters.
    while (i < name.length && ((bytes[at + 2 + i] ?? 0) | 0x20) === name.charCodeAt(i)) i += 1;
    if (i === name.length) return at;
  }
  return -1;
}

/** How deep the elements nest, as the parser would see it (approximately; linear time). */
export function estimateDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  scan(html, {
    tag: (tag) => {
      if (VOID.has(tag.name) || IMPLIED_CLOSE.has(tag.name) || tag.selfClosing) return;
      depth = tag.closing ? Math.max(0, depth - 1) : depth + 1;
      if (depth > deepest) deepest = depth;
    },
  });
  return deepest;
}

/** The text of HTML with its tags dropped (line breaks at block tags); entities left encoded. */
export function stripTags(html: string): string {
  const parts: string[] = [];
  scan(html, {
    tag: (tag) => {
      if (tag.name === 'br' || isBlock(tag.name.toUpperCase())) parts.push('\n');
    },
    text: (chunk) => parts.push(chunk),
  });
  return parts.join('');
}

const TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The contents of the page's JSON-LD scripts (`<script type="application/ld+json">`), found
 * without parsing the page: what a page too deep to parse still says of its postings.
 */
export function jsonLdScripts(html: string): string[] {
  const found: string[] = [];
  scan(html, {
    tag: () => undefined,
    raw: (tag, bytes, start, end) => {
      if (tag.name !== 'script') return;
      const m = TYPE_ATTRIBUTE.exec(bytes.toString('latin1', tag.start, tag.end));
      const type = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim().toLowerCase();
      if (type.startsWith('application/ld+json')) found.push(bytes.toString('utf8', start, end));
    },
  });
  return found;
}
