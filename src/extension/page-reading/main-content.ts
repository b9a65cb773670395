// The main content of a page that is neither JSON-LD nor a known board (an agency's policy page,
// a small employer's careers page). A small heuristic instead of @mozilla/readability: Readability
// is ~90 KB minified, twice the whole content-script budget, and needs a clone of the document.
import { firstText, metaContent, squashedText } from './dom-utils.js';
import { isSkipped } from './text-node-map.js';

const MIN_CHARS = 500;

/** Specific description markers first, then page landmarks. */
const SPECIFIC = [
  '[itemprop="description"]',
  '[class*="description" i]',
  '[id*="description" i]',
  '[class*="job-detail" i]',
  '[class*="posting" i]',
];
const LANDMARKS = ['article', 'main', '[role="main"]', '#content', '#main', '.content'];

const SECTION_HEADING =
  /^(?:job (?:description|summary|duties)|description|position (?:summary|description)|(?:key |essential |primary )?(?:responsibilities|duties|functions)|about (?:the|this) (?:role|position|job)|(?:minimum |required |preferred )?qualifications|requirements|purpose|policy|procedure)\b/i;

export interface MainContent {
  container: Element;
  title?: string;
  organization?: string;
}

export function readMainContent(doc: Document): MainContent | null {
  const body = doc.body;
  if (!body) return null;
  const container =
    firstOf(doc, SPECIFIC) ?? firstOf(doc, LANDMARKS) ?? byHeadings(body) ?? densestBlock(body) ??
    (textLength(body) >= MIN_CHARS ? body : null);
  if (!container) return null;
  const title = firstText(container, ['h1']) ?? firstText(doc, ['h1']) ?? metaContent(doc, ['og:title']) ??
    (squashedText(doc.querySelector('title')) || undefined);
  const organization = metaContent(doc, ['og:site_name', 'application-name']);
  return { container, ...(title ? { title } : {}), ...(organization ? { organization } : {}) };
}

/** Text length without hidden or skipped parts (nav, scripts). */
function textLength(el: Element): number {
  let n = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) n += (child.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
    else if (child.nodeType === 1 && !isSkipped(child as Element)) n += textLength(child as Element);
  }
  return n;
}

function largest(doc: Document, selectors: string[]): Element | null {
  let best: Element | null = null;
  let bestLength = MIN_CHARS - 1;
  for (const el of Array.from(doc.querySelectorAll(selectors.join(',')))) {
    if (isSkipped(el) || el.closest('nav,footer,aside,header')) continue;
    const length = textLength(el);
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

/** For the first selector with a match of enough text, its largest match. */
function firstOf(doc: Document, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const found = largest(doc, [selector]);
    if (found) return found;
  }
  return null;
}

/** The smallest element holding the page's section headings ("Responsibilities", "Qualifications"). */
function byHeadings(body: Element): Element | null {
  const headings = Array.from(body.querySelectorAll('h1,h2,h3,h4,h5,strong,b')).filter((h) =>
    SECTION_HEADING.test(squashedText(h)),
  );
  if (!headings.length) return null;
  let box: Element | null = headings[0]!.parentElement;
  for (const h of headings.slice(1)) while (box && !box.contains(h)) box = box.parentElement;
  while (box && box !== body && textLength(box) < MIN_CHARS) box = box.parentElement;
  return box && box !== body ? box : null;
}

/** The element whose own paragraphs and list items hold the most text. */
function densestBlock(body: Element): Element | null {
  const score = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll('p,li,pre,blockquote'))) {
    const parent = p.tagName === 'LI' ? p.parentElement?.parentElement : p.parentElement;
    if (!parent || p.closest('nav,footer,aside')) continue;
    score.set(parent, (score.get(parent) ?? 0) + squashedText(p).length);
  }
  let best: Element | null = null;
  let bestScore = MIN_CHARS - 1;
  for (const [el, n] of score) {
    if (n > bestScore) {
      best = el;
      bestScore = n;
    }
  }
  return best;
}
