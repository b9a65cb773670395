// The references findings cite, as the reports hand them to people: the full reference with its
// address, the section for a document we cite by lines, the entry for a guide.
import { documentCitation, placeText, referenceText, sourceReference, type SourceReference } from '../core/sources/source-reference.js';
import type { Finding, Report, SourceRef } from '../core/types.js';

export { documentCitation, placeText, referenceText, sourceReference, type SourceReference };

/** Plain text: the reference, then its address when it has one. */
export function referenceWithAddress(source: SourceRef): string {
  const r = sourceReference(source);
  return r.url ? `${referenceText(r)} <${r.url}>` : referenceText(r);
}

/** Every document the reports cite once, by id, in the order of their citations' ids. */
export function citedDocuments(reports: readonly Report[]): SourceReference[] {
  const byId = new Map<string, SourceReference>();
  // What the findings cite, and what the job seeker's questions cite.
  const cited: { sources: Finding['sources'] }[] = reports.flatMap((r) => [...r.findings, ...(r.jobSeeker?.questions ?? [])]);
  for (const f of cited) for (const s of f.sources) if (!byId.has(s.id)) byId.set(s.id, sourceReference(s));
  return [...byId.values()].sort((a, b) => documentCitation(a).localeCompare(documentCitation(b)));
}
