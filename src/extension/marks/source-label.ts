// A finding's source as a reader's reference, for the popup and the card on the page.
import { referenceText, sourceReference } from '../../core/sources/source-reference.js';
import type { SourceRef } from '../../core/types.js';

export function sourceLabel(source: SourceRef): string {
  return referenceText(sourceReference(source));
}

/** The source's public address, when it has one. */
export function sourceUrl(source: SourceRef): string | undefined {
  return sourceReference(source).url;
}
