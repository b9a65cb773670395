// What the content script reads, in order of the user's intent: the selection (when the context
// menu asked for it), a focused editor holding a draft, else the posting on the page; all of it
// through page-reading. The DOM anchors stay here; only plain data goes to the extension.
import type { PageReadingMessage } from '../../src/extension/messaging/protocol';
import { readPageSliced } from '../../src/extension/page-reading/read-page';
import { newSliceStats } from '../../src/extension/page-reading/slicing';
import { readSelection } from '../../src/extension/page-reading/selection';
import { findFieldToRead } from '../../src/extension/editing/editor-detection';
import { readFieldForCheck } from '../../src/extension/editing/editable-text';
import type { TextMap } from '../../src/extension/page-reading/types';

export interface LocalReading {
  message: PageReadingMessage;
  /** The page text the findings will be drawn on; null when they cannot be. */
  anchor: TextMap | null;
  /** The field the text came from, for "apply". */
  editable: HTMLElement | null;
  /** A textarea or text input that was read: its marks go on an overlay (it has no text DOM). */
  field: HTMLTextAreaElement | HTMLInputElement | null;
}

type Found = Omit<LocalReading, 'message'> & { message: Omit<PageReadingMessage, 'title' | 'url'> };

/** A focused field holding less than this is a search box or a chat line, not a draft. */
const MIN_DRAFT_CHARS = 80;

/** The selection and a draft are read at once (the user chose that text); a page, in slices. */
export async function readForExtension(doc: Document, scope: 'page' | 'selection'): Promise<LocalReading> {
  const found = (scope === 'selection' ? selected(doc) : null) ?? focusedDraft(doc) ?? (await posting(doc));
  return { ...found, message: { ...found.message, title: doc.title, url: doc.URL } };
}

function selected(doc: Document): Found | null {
  const selection = readSelection(doc);
  if (!selection || !selection.text.trim()) return null;
  return plain(selection.text, 'selection', selection.kind === 'dom' ? selection.map : null, null);
}

function focusedDraft(doc: Document): Found | null {
  const element = findFieldToRead(doc);
  if (!element || !hasFocusIn(doc, element)) return null;
  const reading = readFieldForCheck(element);
  // Short fields (searches, names, most single-line inputs) hold no draft.
  if (reading.text.trim().length < MIN_DRAFT_CHARS) return null;
  if (reading.kind === 'field') {
    return {
      message: { via: 'editable', input: reading.text, highlights: 'exact', editable: true },
      anchor: null,
      editable: element,
      field: reading.element,
    };
  }
  return plain(reading.text, 'editable', reading.map, element);
}

async function posting(doc: Document): Promise<Found> {
  const timing = newSliceStats();
  const page = await readPageSliced(doc, timing);
  return {
    message: {
      timing,
      via: page.via,
      input: page.posting,
      highlights: page.highlights,
      editable: false,
      ...(page.note ? { note: page.note } : {}),
    },
    anchor: page.anchor,
    editable: null,
    field: null,
  };
}

function plain(text: string, via: 'selection' | 'editable', anchor: TextMap | null, editable: HTMLElement | null): Found {
  return {
    message: {
      via,
      input: text,
      highlights: anchor ? 'exact' : 'unavailable',
      editable: editable !== null,
      ...(anchor ? {} : { note: 'Findings in a plain text box cannot be marked in place; they are listed here.' }),
    },
    anchor,
    editable,
    field: null,
  };
}

/** Is the user in this editor? (Its own element, inside it, or its frame or shadow host.) */
function hasFocusIn(doc: Document, element: HTMLElement): boolean {
  const active = doc.activeElement;
  if (!active || active === doc.body) return false;
  if (element.ownerDocument !== doc) return active.tagName === 'IFRAME';
  return active === element || element.contains(active) || active.contains(element) || !!active.shadowRoot?.contains(element);
}
