// HTML -> plain text in Node: parsed with linkedom, read by the walk the extension uses too
// (dom-to-text.ts).
import { parseHTML } from 'linkedom';
import { flatTextWith, htmlToTextWith } from './dom-to-text.js';
export { nodeToText, treeShape } from './dom-to-text.js';

function parseBody(html: string): HTMLElement {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return document.body;
}

/** Text of HTML nested too deeply to parse in reasonable time (see flatTextWith). */
export function flatText(html: string): string {
  return flatTextWith(html, parseBody);
}

/** Plain text of an HTML fragment or document (see htmlToTextWith). */
export function htmlToText(html: string): string {
  return htmlToTextWith(html, parseBody);
}
