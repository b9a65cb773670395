// The page's schema.org JobPosting, read from its JSON-LD blocks with the shared extractor
// (src/input/json-ld-job-posting.ts); broken blocks are skipped. Descriptions in HTML are read by
// the CLI's walk (src/input/dom-to-text.ts) over the browser's own parser: DOMParser makes an
// inert document of its own (no scripts run, nothing loads) that never enters the live page.
import type { StructuredPosting } from '../../core/types.js';
import { htmlToTextWith } from '../../input/dom-to-text.js';
import { extractJobPostings } from '../../input/json-ld-job-posting.js';
import { parseJsonLd } from '../../input/parse-json-ld-block.js';

function createHtmlToText(doc: Document): (html: string) => string {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const parser = new Parser();
  const parseBody = (html: string): HTMLElement => parser.parseFromString(html, 'text/html').body;
  return (html) => htmlToTextWith(html, parseBody);
}

export function readJsonLdPosting(doc: Document): StructuredPosting | null {
  const values: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const value = parseJsonLd(script.textContent ?? '');
    if (value !== undefined) values.push(value);
  }
  if (!values.length) return null;
  return extractJobPostings(values, createHtmlToText(doc))[0] ?? null;
}
