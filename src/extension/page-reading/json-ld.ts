// The page's schema.org JobPosting, read from its JSON-LD blocks with the shared extractor
// (src/input/json-ld-job-posting.ts); broken blocks are skipped.
import type { StructuredPosting } from '../../core/types.js';
import { extractJobPostings } from '../../input/json-ld-job-posting.js';
import { parseJsonLd } from '../../input/parse-json-ld-block.js';
import { createHtmlToText } from './html-to-text.js';

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
