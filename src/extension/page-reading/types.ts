// Types of the page reader. This code runs inside web pages (content script): DOM only,
// no browser.* APIs, no analyzer, no lexicons.
import type { StructuredPosting } from '../../core/types.js';

/** A run of analyzed text copied verbatim from one DOM text node. */
export interface Segment {
  node: Text;
  /** Offset of the run in the analyzed text. */
  start: number;
  /** Offset of the run in `node.data`. */
  nodeStart: number;
  length: number;
}

/** Plain text built from DOM elements, with where each character came from. */
export interface TextMap {
  text: string;
  /** Sorted by `start`; characters between segments (line breaks, collapsed spaces) are synthetic. */
  segments: Segment[];
}

/** How well analyzed offsets can be drawn back onto the page. */
export type HighlightQuality =
  /** The analyzed text was read from these DOM nodes: offsets map exactly. */
  | 'exact'
  /** The text came from JSON-LD; its container was found in the page and spans are matched by text. */
  | 'approximate'
  /** The text is not on the page as such (or its container was not found): no in-page highlights. */
  | 'unavailable';

export type ReadVia = 'json-ld' | `board:${string}` | 'main-content' | 'none';

export interface PageReading {
  via: ReadVia;
  posting: StructuredPosting | null;
  highlights: HighlightQuality;
  /** The page text the posting stands in; null when highlights are unavailable. */
  anchor: TextMap | null;
  /** Plain-language reason when highlights are unavailable or nothing was read. */
  note?: string;
}

/** What a board adapter finds on one of its pages. */
export interface BoardReading {
  title?: string;
  organization?: string;
  /** The description's parts in reading order (one element on most boards, several on USAJOBS). */
  containers: Element[];
}

export interface BoardAdapter {
  name: string;
  label: string;
  origins: readonly string[];
  matches(url: URL): boolean;
  /** The board's own markup on another address (a saved page, a custom careers domain). */
  recognizes(doc: Document): boolean;
  read(doc: Document): BoardReading | null;
}
