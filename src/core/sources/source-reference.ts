// Turns a citation as lexicons store it ({ id, ref }) into a reference a reader can look up:
// who published it, its title, year and address, and the place in it: the section heading
// for lines of our text copies (readers do not have those copies), the entry name for guides.
import sectionsFile from '../../../lexicons/source-sections.json';
import sourcesFile from '../../../lexicons/sources.json';
import type { SourceRef } from '../types.js';

export interface SourceReference {
  /** The citation as stored, kept for tools that read the JSON. */
  id: string;
  ref: string;
  title: string;
  /** Author, or the publisher when the document names no author. */
  by?: string;
  year?: number;
  url?: string;
  /** Where in the document: a section heading or a guide's entry; absent when it cannot be told. */
  section?: string;
  /** The printed page or pages the cited lines were on ("p. 30", "pp. 16–18"), where our copy kept them. */
  page?: string;
}

interface SourceEntry {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  year?: number;
  url?: string;
}

const entries = new Map<string, SourceEntry>((sourcesFile.sources as SourceEntry[]).map((s) => [s.id, s]));
const sections = sectionsFile.sections as unknown as Record<string, [number, string][] | undefined>;
/** [first line, last line, first page, last page] runs of our copy (scripts/source-sections/detect-pages.ts). */
const pageRuns = sectionsFile.pages as unknown as Record<string, [number, number, number, number][] | undefined>;

const LINE_REF = /^L(\d+)(?:-(\d+))?$/;

/** A wider span of pages than this does not help a reader find the place, so none is shown. */
const MOST_PAGES_SHOWN = 3;

/** "p. 30" or "pp. 16–18" for the cited lines, or undefined when our copy does not tell the pages. */
export function pagesOfLines(id: string, ref: string): string | undefined {
  const m = LINE_REF.exec(ref);
  const runs = pageRuns[id];
  if (!m || !runs) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  const first = runs.find(([from, to]) => from <= start && start <= to)?.[2];
  const last = runs.find(([from, to]) => from <= end && end <= to)?.[3];
  if (first === undefined || last === undefined || last - first + 1 > MOST_PAGES_SHOWN) return undefined;
  return first === last ? `p. ${first}` : `pp. ${first}–${last}`;
}

/** The heading of the section the cited lines start in, or undefined when the ref names no lines we can place. */
export function sectionOfLines(id: string, ref: string): string | undefined {
  const m = LINE_REF.exec(ref);
  const list = sections[id];
  if (!m || !list) return undefined;
  const start = Number(m[1]);
  let heading: string | undefined;
  for (const [line, text] of list) {
    if (line > start) break;
    heading = text;
  }
  return heading;
}

export function isLineRef(ref: string): boolean {
  return LINE_REF.test(ref);
}

/** An organization's own terms (options page or CLI file) cite no published source. */
const ORGANIZATION: SourceEntry = { id: 'organization', title: 'Your organization’s own terms' };

/**
 * Where each citation points in its document, found once: a long document's report cites the
 * same few lines thousands of times, and each lookup walks the source's sections and pages.
 * Bounded: the keys are the citations of the loaded lexicons.
 */
const places = new Map<string, { section: string | undefined; page: string | undefined }>();

function placeOf(source: SourceRef): { section: string | undefined; page: string | undefined } {
  const key = `${source.id}\n${source.ref}`;
  let place = places.get(key);
  if (!place) {
    place = {
      section: isLineRef(source.ref) ? sectionOfLines(source.id, source.ref) : source.ref,
      page: pagesOfLines(source.id, source.ref),
    };
    places.set(key, place);
  }
  return place;
}

export function sourceReference(source: SourceRef): SourceReference {
  if (source.id === ORGANIZATION.id) return { id: source.id, ref: source.ref, title: ORGANIZATION.title };
  const entry = entries.get(source.id);
  const { section, page } = placeOf(source);
  const out: SourceReference = { id: source.id, ref: source.ref, title: entry?.title ?? source.id };
  const by = entry?.author ?? entry?.publisher;
  if (by) out.by = by;
  if (entry?.year !== undefined) out.year = entry.year;
  if (entry?.url) out.url = entry.url;
  if (section) out.section = section;
  if (page) out.page = page;
  return out;
}

/** The document part: "Legere, L. (2015). A Provider's Handbook on …" */
export function documentCitation(r: SourceReference): string {
  const year = r.year !== undefined ? ` (${r.year})` : '';
  return r.by ? `${r.by}${year}. ${r.title}` : `${r.title}${year}`;
}

/** Where in the document, as a reader looks for it: a section heading, or a guide's own entry name. */
export function placeText(r: SourceReference): string | undefined {
  if (!r.section) return r.page;
  const section = isLineRef(r.ref) ? `section “${r.section}”` : r.section;
  return r.page ? `${section}, ${r.page}` : section;
}

/** The whole reference as plain text, without the address: document, then the place in it. */
export function referenceText(r: SourceReference): string {
  const place = placeText(r);
  return place ? `${documentCitation(r)}, ${place}` : documentCitation(r);
}
