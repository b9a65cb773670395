// HTML (a JSON-LD description) -> plain text in the page, with the same conventions as the CLI's
// reader (src/input/html-to-text.ts): blocks give line breaks, list items "- " lines. The HTML is
// parsed by DOMParser into an inert document of its own (no scripts run, nothing loads) and never
// enters the live page; no element's innerHTML is ever set.
import { buildTextMap } from './text-node-map.js';

const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i;

export function createHtmlToText(doc: Document): (html: string) => string {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const parser = new Parser();
  const parse = (html: string): HTMLElement => parser.parseFromString(html, 'text/html').body;
  return (html) => {
    if (TAG.test(html)) return tidy(buildTextMap(parse(html)).text);
    // No tags: plain text whose line breaks matter, perhaps with entities, perhaps escaped HTML.
    const decoded = html.includes('&') ? (parse(`<pre>${html.replace(/</g, '&lt;')}</pre>`).textContent ?? '') : html;
    if (TAG.test(decoded)) return tidy(buildTextMap(parse(decoded)).text);
    return tidy(decoded.replace(/[ \t\f\v\u00a0]+/g, ' '));
  };
}

/** Trailing spaces off, invisible characters out, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
