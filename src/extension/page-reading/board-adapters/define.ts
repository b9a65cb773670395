// Builds a board adapter from lists of selectors. Boards drift: every field lists several
// selectors, newest markup first, and a container only counts once its text has loaded.
import { firstElement, firstText, MIN_DESCRIPTION_CHARS, onDomain, outermost, squashedText } from '../dom-utils.js';
import type { BoardAdapter, BoardReading } from '../types.js';

export interface BoardSpec {
  /** The board's id, as in "board:<name>" readings. */
  name: string;
  /** The board's name as people know it (the popup and the options page show it). */
  label: string;
  /** Addresses where automatic checks may run once the user allows the board: the manifest's
   *  optional host permissions, so nothing is granted until then. */
  origins: string[];
  /** Hosts (and their subdomains) the board serves pages from. */
  domains: string[];
  /** Paths of posting pages, when the board's other pages must not match. */
  path?: RegExp;
  /** Markup only this board uses, to know its pages on other addresses. */
  signature: string;
  title: string[];
  organization: string[];
  /** Used when no organization selector matches (a logo's alt text, the page title). */
  organizationFallback?: (doc: Document) => string | undefined;
  /** The description: the first selector that matches with enough text. */
  description: string[];
  /**
   * Boards that split a posting into sections (USAJOBS, CalCareers): every match of these
   * selectors, in page order, is a part; `description` is then only the fallback.
   */
  parts?: string[];
  /** Removes decorations boards add to the title (" - job post"). */
  cleanTitle?: (title: string) => string;
  cleanOrganization?: (name: string) => string;
}

export function defineBoard(spec: BoardSpec): BoardAdapter {
  return {
    name: spec.name,
    label: spec.label,
    origins: spec.origins,
    matches: (url) => spec.domains.some((d) => onDomain(url, d)) && (!spec.path || spec.path.test(url.pathname)),
    recognizes: (doc) => doc.querySelector(spec.signature) !== null,
    read(doc): BoardReading | null {
      const containers = findContainers(doc, spec);
      if (!containers.length) return null;
      const rawTitle = firstText(doc, spec.title);
      const rawOrg = firstText(doc, spec.organization) ?? spec.organizationFallback?.(doc);
      const title = rawTitle && (spec.cleanTitle ? spec.cleanTitle(rawTitle) : rawTitle);
      const organization = rawOrg && (spec.cleanOrganization ? spec.cleanOrganization(rawOrg) : rawOrg);
      return {
        ...(title ? { title } : {}),
        ...(organization ? { organization } : {}),
        containers,
      };
    },
  };
}

function findContainers(doc: Document, spec: BoardSpec): Element[] {
  if (spec.parts) {
    const parts = outermost(Array.from(doc.querySelectorAll(spec.parts.join(',')))).filter((el) => squashedText(el).length > 0);
    const total = parts.reduce((n, el) => n + squashedText(el).length, 0);
    if (total >= MIN_DESCRIPTION_CHARS) return parts;
  }
  const single = firstElement(doc, spec.description, MIN_DESCRIPTION_CHARS);
  return single ? [single] : [];
}

/** "Peer Support Specialist - job post" -> "Peer Support Specialist". */
export function dropSuffix(pattern: RegExp): (s: string) => string {
  return (s) => s.replace(pattern, '').trim();
}
