// An HTML page -> what to analyze: the schema.org JobPosting in its JSON-LD when there is one
// (job boards publish it for search engines, and it holds the posting without page chrome),
// else the main content as Readability sees it, else the whole body text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { StructuredPosting } from '../core/types.js';
import { MAX_PARSE_DEPTH, estimateDepth, jsonLdScripts } from './html-depth.js';
import { flatText, htmlToText, nodeToText, treeShape } from './html-to-text.js';
import { extractJobPostings } from './json-ld-job-posting.js';
import { parseJsonLd } from './parse-json-ld-block.js';

export { parseJsonLd };

export type HtmlVia = 'json-ld' | 'readability' | 'body';

export interface HtmlReading {
  posting: StructuredPosting | string;
  via: HtmlVia;
  /** How many JobPostings the page's JSON-LD held (the first is the one analyzed). */
  postingsFound: number;
  /** How the page was read, when that is worth telling (a page too deep for main-content detection). */
  notes: string[];
}

/** Readability output shorter than this is a fragment (a cookie banner), not the page. */
const MIN_MAIN_CONTENT = 200;

/**
 * Readability's cleaning passes revisit ancestors and siblings, so its cost grows faster than the
 * page: 1,000 nested elements took seconds, 100,000 overflowed. Real pages stay far below these
 * bounds; past them the whole body text is read instead, in one linear walk.
 */
export const READABILITY_MAX_DEPTH = 150;
export const READABILITY_MAX_ELEMENTS = 30_000;

/** linkedom needs the <html> shell; a fragment without it parses into an empty body. */
function parseDocument(html: string): Document {
  const whole = /<(?:html|body)[\s>]/i.test(html);
  return parseHTML(whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

function jsonLdValues(scripts: readonly string[]): unknown[] {
  const values: unknown[] = [];
  for (const script of scripts) {
    const value = parseJsonLd(script);
    if (value !== undefined) values.push(value);
  }
  return values;
}

function jsonLdScriptsOf(document: Document): string[] {
  return Array.from(document.querySelectorAll('script'))
    .filter((script) => (script.getAttribute('type') ?? '').trim().toLowerCase().startsWith('application/ld+json'))
    .map((script) => script.textContent ?? '');
}

function mainContent(html: string): StructuredPosting | undefined {
  // Readability rewrites the DOM it reads, so it gets a document of its own.
  const document = parseDocument(html);
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(document).parse();
  } catch {
    return undefined;
  }
  const text = article?.content ? htmlToText(article.content) : '';
  if (text.length < MIN_MAIN_CONTENT) return undefined;
  // Page titles carry notification counts ("(3) Recovery Coach | …").
  const title = article?.title?.trim().replace(/^\(\d+\)\s*/, '');
  const firstLine = text.split('\n', 1)[0]?.trim();
  return title && title !== firstLine ? { title, sections: [{ text }] } : { sections: [{ text }] };
}

function tooLargeForReadability(document: Document): string | undefined {
  const { depth, elements } = treeShape(document.documentElement);
  if (depth > READABILITY_MAX_DEPTH) {
    return `the page is nested ${depth.toLocaleString('en-US')} elements deep, too deep to find its main content; its whole text was analyzed`;
  }
  if (elements > READABILITY_MAX_ELEMENTS) {
    return `the page has ${elements.toLocaleString('en-US')} elements, too many to find its main content; its whole text was analyzed`;
  }
  return undefined;
}

export function readHtml(html: string): HtmlReading {
  const depth = estimateDepth(html);
  if (depth > MAX_PARSE_DEPTH) {
    // Too deep to parse; its JSON-LD, read by a scan of the markup, still holds the posting.
    const postings = extractJobPostings(jsonLdValues(jsonLdScripts(html)), htmlToText);
    if (postings[0]) return { posting: postings[0], via: 'json-ld', postingsFound: postings.length, notes: [] };
    const body = /<body[\s>]/i.exec(html);
    const note = `the page is nested about ${depth.toLocaleString('en-US')} elements deep, too deep to read its structure; its text was read without it`;
    return { posting: flatText(body ? html.slice(body.index) : html), via: 'body', postingsFound: 0, notes: [note] };
  }
  const document = parseDocument(html);
  const postings = extractJobPostings(jsonLdValues(jsonLdScriptsOf(document)), htmlToText);
  if (postings[0]) return { posting: postings[0], via: 'json-ld', postingsFound: postings.length, notes: [] };
  const body = (): string => (document.body ? nodeToText(document.body) : '');
  const bounded = tooLargeForReadability(document);
  if (bounded) return { posting: body(), via: 'body', postingsFound: 0, notes: [bounded] };
  const main = mainContent(html);
  if (main) return { posting: main, via: 'readability', postingsFound: 0, notes: [] };
  return { posting: body(), via: 'body', postingsFound: 0, notes: [] };
}
