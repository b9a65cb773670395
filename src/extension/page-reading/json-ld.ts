// The page's schema.org JobPosting, read from its JSON-LD blocks with the shared extractor
// (src/input/json-ld-job-posting.ts); broken blocks are skipped.
import type { StructuredPosting } from '../../core/types.js';
import { extractJobPostings } from '../../input/json-ld-job-posting.js';
import { createHtmlToText } from './html-to-text.js';

export function readJsonLdPosting(doc: Document): StructuredPosting | null {
  const values: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const value = parseBlock(script.textContent ?? '');
    if (value !== undefined) values.push(value);
  }
  if (!values.length) return null;
  return extractJobPostings(values, createHtmlToText(doc))[0] ?? null;
}

/** One block's JSON; templates often leave raw line breaks in strings, or comment wrappers. */
function parseBlock(raw: string): unknown {
  const body = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '');
  try {
    return JSON.parse(body);
  } catch {
    try {
      return JSON.parse(escapeControlsInStrings(body));
    } catch {
      return undefined;
    }
  }
}

/** Raw control characters inside JSON strings escaped (so a description keeps its line breaks). */
function escapeControlsInStrings(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (inString && c === '\\') {
      out += c + (json[++i] ?? '');
      continue;
    }
    if (c === '"') inString = !inString;
    const code = c.charCodeAt(0);
    out += inString && code < 0x20 ? (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '' : ' ') : c;
  }
  return out;
}
