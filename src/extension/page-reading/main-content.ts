// The main content of a page that is neither JSON-LD nor a known board (an agency's policy page,
// a small employer's careers page). A small heuristic instead of @mozilla/readability: Readability
// is ~90 KB minified, twice the whole content-script budget, and needs a clone of the document.
// Written as pausable work (slicing.ts): a page may have 100,000 elements.
import { firstText, metaContent, squashedText } from './dom-utils.js';
import { Pacer, runSync, type Steps } from './slicing.js';
import { isSkipped, renderedChildren } from './text-node-map.js';

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
  return runSync(mainContentSteps(doc));
}

export function* mainContentSteps(doc: Document): Steps<MainContent | null> {
  const body = doc.body;
  if (!body) return null;
  const container =
    (yield* firstOf(doc, SPECIFIC)) ??
    (yield* firstOf(doc, LANDMARKS)) ??
    (yield* byHeadings(body)) ??
    (yield* densestBlock(body)) ??
    ((yield* textLength(body)) >= MIN_CHARS ? body : null);
  if (!container) return null;
  const title =
    firstText(container, ['h1']) ??
    firstText(doc, ['h1']) ??
    metaContent(doc, ['og:title']) ??
    (squashedText(doc.querySelector('title')) || undefined);
  const organization = metaContent(doc, ['og:site_name', 'application-name']);
  return { container, ...(title ? { title } : {}), ...(organization ? { organization } : {}) };
}

/** Text length without hidden or skipped parts (nav, scripts), open shadow roots and
 *  same-origin frames included. */
function* textLength(root: Element): Steps<number> {
  const pacer = new Pacer();
  let n = 0;
  const pending: Node[] = [root];
  while (pending.length) {
    const node = pending.pop()!;
    if (pacer.due()) yield;
    if (node.nodeType === 3) {
      n += (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
      continue;
    }
    if (node !== root && (node.nodeType !== 1 || isSkipped(node as Element))) {
      // A frame is skipped as an element but read for its document.
      if (node.nodeType !== 1 || !/^I?FRAME$/.test((node as Element).tagName)) continue;
    }
    const rendered = node.nodeType === 1 ? renderedChildren(node as Element) : null;
    if (rendered) pending.push(...rendered);
    else for (let child = node.firstChild; child; child = child.nextSibling) pending.push(child);
  }
  return n;
}

function* largest(doc: Document, selectors: string[]): Steps<Element | null> {
  let best: Element | null = null;
  let bestLength = MIN_CHARS - 1;
  const matches = Array.from(doc.querySelectorAll(selectors.join(',')));
  // Each query scans the whole document: a pause point on a page of 100,000 elements.
  yield;
  for (const el of matches) {
    if (isSkipped(el) || el.closest('nav,footer,aside,header')) continue;
    const length = yield* textLength(el);
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

/** For the first selector with a match of enough text, its largest match. */
function* firstOf(doc: Document, selectors: string[]): Steps<Element | null> {
  for (const selector of selectors) {
    const found = yield* largest(doc, [selector]);
    if (found) return found;
  }
  return null;
}

/** The smallest element holding the page's section headings ("Responsibilities", "Qualifications"). */
function* byHeadings(body: Element): Steps<Element | null> {
  const pacer = new Pacer();
  const headings: Element[] = [];
  const candidates = Array.from(body.querySelectorAll('h1,h2,h3,h4,h5,strong,b'));
  yield;
  for (const h of candidates) {
    if (SECTION_HEADING.test(squashedText(h))) headings.push(h);
    if (pacer.due()) yield;
  }
  if (!headings.length) return null;
  let box: Element | null = headings[0]!.parentElement;
  for (const h of headings.slice(1)) while (box && !box.contains(h)) box = box.parentElement;
  while (box && box !== body && (yield* textLength(box)) < MIN_CHARS) box = box.parentElement;
  return box && box !== body ? box : null;
}

/** The element whose own paragraphs and list items hold the most text. */
function* densestBlock(body: Element): Steps<Element | null> {
  const pacer = new Pacer();
  const score = new Map<Element, number>();
  const blocks = Array.from(body.querySelectorAll('p,li,pre,blockquote'));
  yield;
  for (const p of blocks) {
    if (pacer.due()) yield;
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
