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

const LINE_REF = /^L(\d+)(?:-(\d+))?$/;

/**
 * Headings already found, by source and ref: a long document's report cites the same few lines
 * thousands of times, and each lookup walks the source's list of sections.
 */
// Bounded: the keys are the citations of the loaded lexicons.
const headingOf = new Map<string, string | undefined>();

/** The heading of the section the cited lines start in, or undefined when the ref names no lines we can place. */
export function sectionOfLines(id: string, ref: string): string | undefined {
  const key = `${id}\n${ref}`;
  if (headingOf.has(key)) return headingOf.get(key);
  const heading = findSection(id, ref);
  headingOf.set(key, heading);
  return heading;
}

function findSection(id: string, ref: string): string | undefined {
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

export function sourceReference(source: SourceRef): SourceReference {
  if (source.id === ORGANIZATION.id) return { id: source.id, ref: source.ref, title: ORGANIZATION.title };
  const entry = entries.get(source.id);
  const section = isLineRef(source.ref) ? sectionOfLines(source.id, source.ref) : source.ref;
  const out: SourceReference = { id: source.id, ref: source.ref, title: entry?.title ?? source.id };
  const by = entry?.author ?? entry?.publisher;
  if (by) out.by = by;
  if (entry?.year !== undefined) out.year = entry.year;
  if (entry?.url) out.url = entry.url;
  if (section) out.section = section;
  return out;
}

/** The document part: "Legere, L. (2015). A Provider's Handbook on …" */
export function documentCitation(r: SourceReference): string {
  const year = r.year !== undefined ? ` (${r.year})` : '';
  return r.by ? `${r.by}${year}. ${r.title}` : `${r.title}${year}`;
}

/** Where in the document, as a reader looks for it: a section heading, or a guide's own entry name. */
export function placeText(r: SourceReference): string | undefined {
  if (!r.section) return undefined;
  return isLineRef(r.ref) ? `section “${r.section}”` : r.section;
}

/** The whole reference as plain text, without the address: document, then the place in it. */
export function referenceText(r: SourceReference): string {
  const place = placeText(r);
  return place ? `${documentCitation(r)}, ${place}` : documentCitation(r);
}
