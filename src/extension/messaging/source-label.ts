// A finding's source in words, for the popup and the card on the page.
import type { SourceRef } from '../../core/types.js';
import { sourceTitle } from '../../report/source-titles.js';

export function sourceLabel(source: SourceRef): string {
  if (source.id === 'organization') return 'Your organization’s own terms';
  const title = sourceTitle(source.id) ?? source.id;
  return /^L\d/.test(source.ref) ? `${title}, line ${source.ref.slice(1)}` : `${title}, ${source.ref}`;
}
