// Finds where a text read elsewhere (a JSON-LD description) is shown on the page: the smallest
// element holding several of its distinctive lines, grown until it holds most of the text.
import { isSkipped } from './text-node-map.js';
import { squashedText } from './dom-utils.js';
import { Pacer, type Steps } from './slicing.js';

const PROBE_CHARS = 32;
const MAX_PROBES = 8;

export function* textContainerSteps(doc: Document, text: string): Steps<Element | null> {
  const pacer = new Pacer();
  const probes = pickProbes(text);
  if (!probes.length || !doc.body) return null;
  const hits: Element[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const found = new Set<string>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (pacer.due()) yield;
    const raw = node.nodeValue ?? '';
    if (raw.length < PROBE_CHARS) continue;
    const data = raw.replace(/\s+/g, ' ');
    const parent = node.parentElement;
    for (const probe of probes) {
      // The JSON-LD <script> holds the same text: skipped subtrees do not count.
      if (!found.has(probe) && data.includes(probe) && parent && !isSkippedUp(parent)) {
        found.add(probe);
        hits.push(parent);
      }
    }
  }
  if (!hits.length) return null;
  let container: Element | null = hits.reduce((a, b) => commonAncestor(a, b));
  const want = squash(text).length;
  // A single hit sits in one paragraph: widen to the element holding most of the description.
  while (container && container !== doc.body && squashedText(container).length < want * 0.7) {
    container = container.parentElement;
  }
  if (!container) return null;
  const have = squashedText(container).length;
  return have >= want * 0.5 && have <= want * 3 ? container : null;
}

/** Starts of the longest lines, spread over the text; bullets and markers stripped. */
function pickProbes(text: string): string[] {
  const lines = text
    .split('\n')
    .map((line) => squash(line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')))
    .filter((line) => line.length >= PROBE_CHARS);
  const step = Math.max(1, Math.floor(lines.length / MAX_PROBES));
  const probes: string[] = [];
  for (let i = 0; i < lines.length && probes.length < MAX_PROBES; i += step) {
    probes.push(lines[i]!.slice(0, PROBE_CHARS));
  }
  return probes;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function isSkippedUp(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

function commonAncestor(a: Element, b: Element): Element {
  let x: Element | null = a;
  while (x && !x.contains(b)) x = x.parentElement;
  return x ?? a;
}
