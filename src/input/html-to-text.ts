// HTML -> plain text in Node: parsed with linkedom, read by the walk the extension uses too
// (dom-to-text.ts); markup nested too deeply to parse in reasonable time is read without a parse.
import { parseHTML } from 'linkedom';
import { htmlToTextWith, nodeToText } from './dom-to-text.js';
import { MAX_PARSE_DEPTH, estimateDepth, stripTags } from './html-depth.js';
import { normalizeText } from './normalize-text.js';

export { nodeToText, treeShape } from './dom-to-text.js';

function parseBody(html: string): HTMLElement {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return document.body;
}

/**
 * Text of HTML nested too deeply to parse in reasonable time: tags dropped in one pass, block
 * tags as line breaks, entities decoded. The words are the same; lists and spacing are plainer.
 */
export function flatText(html: string): string {
  const text = stripTags(html);
  const decoded = text.includes('&') ? (parseBody(`<pre>${text.replace(/</g, '&lt;')}</pre>`).textContent ?? '') : text;
  return normalizeText(decoded.replace(/[ \t\f\v]+/g, ' ').replace(/ *\n */g, '\n'));
}

/** Plain text of an HTML fragment or document (see htmlToTextWith). */
export function htmlToText(html: string): string {
  return htmlToTextWith(html, parseBody, (h) => (estimateDepth(h) > MAX_PARSE_DEPTH ? flatText(h) : nodeToText(parseBody(h))));
}
