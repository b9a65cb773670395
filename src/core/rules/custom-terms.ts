// An organization's own terms (options page, CLI) become language entries run by the same engine.
import type { CustomTerm, LanguageEntry } from '../lexicon/schema.js';

/** Characters with a meaning in the pattern syntax are taken literally as word separators. */
function termToPattern(term: string): string {
  return term
    .toLowerCase()
    .replace(/[()|?~*#]/g, ' ')
    .replace(/[^\p{L}\p{N}'’ -]/gu, ' ')
    .trim()
    .split(/\s+/)
    .join(' ');
}

function slug(term: string): string {
  return (
    term
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'term'
  );
}

export function customTermEntries(terms: readonly CustomTerm[]): LanguageEntry[] {
  return terms
    .map((t) => ({ t, pattern: termToPattern(t.term) }))
    .filter(({ pattern }) => /[\p{L}\p{N}]/u.test(pattern))
    .map(({ t, pattern }) => ({
      id: `custom-${slug(t.term)}`,
      group: 'pathologizing-jargon' as const,
      severity: t.severity,
      patterns: [pattern],
      suggestions: [t.suggestion],
      message: t.note || `Your organization prefers "${t.suggestion}" to "${t.term}".`,
      guards: { unless: [], requireContext: [], personSubject: false, nominal: false, notNegated: false },
      sources: [{ id: 'organization', ref: 'custom term' }],
      examples: { positive: [t.term], traps: [] },
    }));
}
