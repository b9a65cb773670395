// Which HTML elements break the text they sit in, as browsers lay them out by default. Every
// reader of HTML text uses these sets: dom-to-text (the CLI's HTML and a page's JSON-LD), the
// page reader's text map, the edit view of a rich editor and the flat reading of too-deep markup,
// so they agree on what is a block. Where one reader sets a group apart differently (a blank line
// or a single line break, a table cell as a line or as a space), it says so where it reads.
// Tag names are upper case, as Element.tagName gives them for HTML.

/** Blocks with space above and below by default: set off by a blank line. */
export const PARAGRAPH_BLOCKS: ReadonlySet<string> = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'HR',
  'FIGURE',
]);

/** Sectioning and grouping blocks, without margins of their own. */
export const SECTION_BLOCKS: ReadonlySet<string> = new Set(['SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'DETAILS', 'FIELDSET']);

/** Page chrome around the content: navigation, asides, footers, dialogs. */
export const CHROME_BLOCKS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG']);

/** The other blocks: each starts a new line. */
export const LINE_BLOCKS: ReadonlySet<string> = new Set([
  'DIV',
  'LI',
  'DT',
  'DD',
  'ADDRESS',
  'FIGCAPTION',
  'SUMMARY',
  'FORM',
  'LEGEND',
  'HGROUP',
  'CAPTION',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
]);

/** Lists, whose items are read as "- " lines. */
export const LIST_BLOCKS: ReadonlySet<string> = new Set(['UL', 'OL', 'MENU']);

/** Table cells. */
export const TABLE_CELLS: ReadonlySet<string> = new Set(['TD', 'TH']);

/** True for an element a browser lays out as a block (a list, a table cell, a section...). */
export function isBlock(tagName: string): boolean {
  return (
    PARAGRAPH_BLOCKS.has(tagName) ||
    SECTION_BLOCKS.has(tagName) ||
    CHROME_BLOCKS.has(tagName) ||
    LINE_BLOCKS.has(tagName) ||
    LIST_BLOCKS.has(tagName) ||
    TABLE_CELLS.has(tagName)
  );
}
