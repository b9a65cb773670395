// Reads the posting out of a web page, in order: schema.org JobPosting JSON-LD, the adapter of
// the job board the page is on, then the page's main content. Runs in the content script:
// the posting goes to the analyzer elsewhere, the anchor stays here to draw highlights.
import type { StructuredPosting } from '../../core/types.js';
import { squashedText } from './dom-utils.js';
import { adapterFor } from './board-adapters/index.js';
import { textContainerSteps } from './find-container.js';
import { readJsonLdPosting } from './json-ld.js';
import { mainContentSteps } from './main-content.js';
import { runSliced, runSync, type SliceStats, type Steps } from './slicing.js';
import { textMapSteps } from './text-node-map.js';
import type { PageReading, TextMap } from './types.js';
// A named import: the bundler leaves the file's comment and sources out of the content script.
import { postingWords } from '../../../lexicons/page-reading.json';

export function readPage(doc: Document, address: string = doc.URL): PageReading {
  return runSync(readPageSteps(doc, address));
}

/** readPage in slices of a few milliseconds: what the content script runs in a live page. */
export function readPageSliced(doc: Document, stats?: SliceStats, address: string = doc.URL): Promise<PageReading> {
  return runSliced(readPageSteps(doc, address), stats);
}

function* readPageSteps(doc: Document, address: string): Steps<PageReading> {
  const url = safeUrl(address);
  const adapter = adapterFor(url, doc);
  const board = adapter?.read(doc) ?? null;
  yield;

  const jsonLd = readJsonLdPosting(doc);
  yield;
  const boardMap = board ? nonEmpty(yield* textMapSteps(board.containers)) : null;
  if (jsonLd) {
    const description = jsonLd.sections.map((s) => s.text).join('\n\n');
    // Some boards put only a teaser in their JSON-LD: the page's own text wins when far longer.
    if (adapter && board && boardMap && boardMap.text.length > 2 * description.length) {
      return fromDom(`board:${adapter.name}`, boardMap, jsonLd.title ?? board.title, jsonLd.organization ?? board.organization);
    }
    // Where the description is shown: the board's container, else found by its text.
    const shown = boardMap ? null : yield* textContainerSteps(doc, description);
    const anchor = boardMap ?? (shown ? nonEmpty(yield* textMapSteps(shown)) : null);
    return {
      via: 'json-ld',
      posting: jsonLd,
      highlights: anchor ? 'approximate' : 'unavailable',
      anchor,
      ...(anchor
        ? {}
        : {
            note: 'The posting was read from the page’s structured data; its text was not found on the page, so findings cannot be marked in place.',
          }),
    };
  }

  if (adapter && board && boardMap) return fromDom(`board:${adapter.name}`, boardMap, board.title, board.organization);

  const main = yield* mainContentSteps(doc);
  const anchor = main ? nonEmpty(yield* textMapSteps(main.container)) : null;
  if (main && anchor) return fromDom('main-content', anchor, main.title, main.organization);

  // A page too short for the reader's size floor is still read when its text reads as a job
  // posting (a three-line recovery coach posting): no posting is too short to check.
  const whole = doc.body ? nonEmpty(yield* textMapSteps(doc.body)) : null;
  if (whole && READS_AS_POSTING.test(whole.text)) {
    const title = squashedText(doc.querySelector('h1')) || squashedText(doc.querySelector('title')) || undefined;
    return { ...fromDom('main-content', whole, title), note: 'Little text was found on this page: the result rests on a few lines.' };
  }

  return {
    via: 'none',
    posting: null,
    highlights: 'unavailable',
    anchor: null,
    note: adapter
      ? `This looks like a ${adapter.name} page, but no posting was found on it (it may still be loading).`
      : 'No posting or document text was found on this page.',
  };
}

/** Words of a job offer (lexicons/page-reading.json): a short page with none of them is not read. */
// Plain words and spaces only (its schema says so), so they go into the pattern as they are.
const READS_AS_POSTING = new RegExp(`\\b(?:${postingWords.join('|')})\\b`, 'i');

function fromDom(via: PageReading['via'], anchor: TextMap, title?: string, organization?: string): PageReading {
  const posting: StructuredPosting = {
    ...(title ? { title } : {}),
    ...(organization ? { organization } : {}),
    sections: [{ text: anchor.text }],
  };
  return { via, posting, highlights: 'exact', anchor };
}

function nonEmpty(map: TextMap): TextMap | null {
  return map.text.trim() ? map : null;
}

function safeUrl(address: string): URL | null {
  try {
    return new URL(address);
  } catch {
    return null;
  }
}
