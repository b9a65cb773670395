// @vitest-environment happy-dom
// The readers of HTML text share one list of blocks (src/input/html-blocks.ts): the CLI's walk,
// the page reader's text map, the edit view of a rich editor and the flat reading of too-deep
// markup all start a new line at a block, and differ only where each says so.
import { describe, expect, it } from 'vitest';
import { readContentEditable } from '../../src/extension/editing/editable-text.js';
import { buildTextMap } from '../../src/extension/page-reading/text-node-map.js';
import {
  CHROME_BLOCKS,
  isBlock,
  LINE_BLOCKS,
  LIST_BLOCKS,
  PARAGRAPH_BLOCKS,
  SECTION_BLOCKS,
  TABLE_CELLS,
} from '../../src/input/html-blocks.js';
import { flatText, htmlToText } from '../../src/input/html-to-text.js';
import { pageAt } from '../page-reading/dom.js';

/** Tags that hold text between two inline words, in a div of their own. */
const BETWEEN_WORDS = [...PARAGRAPH_BLOCKS, ...SECTION_BLOCKS, ...CHROME_BLOCKS, ...LINE_BLOCKS, ...LIST_BLOCKS].filter(
  // Void, or taken out of a div by the parser (a caption or a table part outside a table).
  (tag) => !['HR', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR'].includes(tag),
);

function around(tag: string): string {
  const t = tag.toLowerCase();
  return `<div>before<${t}>inside</${t}>after</div>`;
}

function root(html: string): Element {
  return pageAt('https://example.org/', `<div id="root">${html}</div>`).getElementById('root')!;
}

const pageText = (html: string, keepChrome = false): string => buildTextMap(root(html), { keepChrome }).text;
const editText = (html: string): string => readContentEditable(root(html)).text;

describe('one list of blocks', () => {
  it('holds every tag once, in upper case', () => {
    const all = [...PARAGRAPH_BLOCKS, ...SECTION_BLOCKS, ...CHROME_BLOCKS, ...LINE_BLOCKS, ...TABLE_CELLS];
    expect(new Set(all).size).toBe(all.length);
    for (const tag of [...all, ...LIST_BLOCKS]) {
      expect(tag).toBe(tag.toUpperCase());
      expect(isBlock(tag)).toBe(true);
    }
    for (const inline of ['SPAN', 'A', 'B', 'EM', 'STRONG', 'BUTTON', 'LABEL']) expect(isBlock(inline)).toBe(false);
  });

  it.each(BETWEEN_WORDS)('every reader puts %s on a line of its own', (tag) => {
    const html = around(tag);
    const lines = ['before', 'inside', 'after'];
    const asLines = (text: string) =>
      text
        .split('\n')
        .map((line) => line.replace(/^- /, '').trim())
        .filter(Boolean);
    expect(asLines(htmlToText(html))).toEqual(lines);
    expect(asLines(flatText(html))).toEqual(lines);
    expect(asLines(editText(html))).toEqual(lines);
    // The page reader leaves page chrome out unless the user chose the text.
    expect(asLines(pageText(html, true))).toEqual(lines);
    if (!CHROME_BLOCKS.has(tag)) expect(asLines(pageText(html))).toEqual(lines);
  });

  it('the CLI and the page reader set paragraphs off the same way', () => {
    for (const tag of [...PARAGRAPH_BLOCKS].filter((t) => t !== 'HR' && t !== 'PRE')) {
      const html = around(tag);
      expect(pageText(html)).toBe(htmlToText(html).replace(/^- /m, ''));
      expect(pageText(html)).toMatch(/before\n\n(- )?inside\n\nafter/);
    }
    for (const tag of ['DIV', 'ADDRESS', 'SUMMARY', 'FIGCAPTION', 'HGROUP']) {
      expect(pageText(around(tag))).toBe('before\ninside\nafter');
      expect(htmlToText(around(tag))).toBe('before\ninside\nafter');
    }
  });

  it('differ where each says so: sections, table cells', () => {
    // Sections are paragraphs in the page's text and lines in the CLI's.
    expect(pageText(around('SECTION'))).toBe('before\n\ninside\n\nafter');
    expect(htmlToText(around('SECTION'))).toBe('before\ninside\nafter');
    // A row's cells are spaced on the page and lines in the CLI.
    const table = '<table><tr><th>Shift</th><th>Pay</th></tr><tr><td>Days</td><td>$21</td></tr></table>';
    expect(pageText(table)).toBe('Shift Pay\nDays $21');
    expect(htmlToText(table)).toBe('Shift\nPay\nDays\n$21');
    // The edit view breaks one line between blocks and keeps cells apart too.
    expect(editText(table)).toBe('Shift\nPay\nDays\n$21');
  });

  it('page chrome a user selected no longer runs into the words around it', () => {
    expect(pageText('<div>Lakeside Crisis Services<nav>Careers</nav></div>', true)).toBe('Lakeside Crisis Services\nCareers');
    expect(pageText('<div>Lakeside Crisis Services<nav>Careers</nav></div>')).toBe('Lakeside Crisis Services');
  });

  it('the flat reading of too-deep markup keeps table cells apart', () => {
    expect(flatText('<table><tr><td>Policy number</td><td>BH-412</td></tr></table>').split(/\n+/)).toEqual(['Policy number', 'BH-412']);
  });
});
