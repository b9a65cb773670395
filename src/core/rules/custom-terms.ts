// An organization's own terms (options page, CLI) become language entries run by the same engine,
// and are held to the same rules as lexicon entries: a pattern that compiles, a unique id, a
// message of the schema's length. customTermSchema refuses a term that cannot be matched.
import { NO_GUARDS } from '../lexicon/no-guards.js';
import type { CustomTerm, LanguageEntry } from '../lexicon/schema.js';
import { customTermProblem, termToPattern } from '../patterns/typed-term.js';

function slug(term: string): string {
  return (
    term
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'term'
  );
}

const MESSAGE_MIN = 10;
const MESSAGE_MAX = 240;

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // do not split a surrogate pair
  return `${s.slice(0, end)}…`;
}

function messageOf(t: CustomTerm): string {
  const preference = t.suggestion
    ? `Your organization prefers "${t.suggestion}" to "${t.term}".`
    : `Your organization asks writers to avoid "${t.term}".`;
  const note = t.note.trim();
  return clip(note.length >= MESSAGE_MIN ? note : note ? `${preference} ${note}` : preference, MESSAGE_MAX);
}

/** Terms saved before a check existed are skipped, never allowed to break an analysis. */
function usable(terms: readonly CustomTerm[]): CustomTerm[] {
  return terms.filter((t) => customTermProblem(t.term) === null);
}

function idsOf(terms: readonly CustomTerm[]): string[] {
  const used = new Set<string>();
  return terms.map((t) => {
    const base = `custom-${slug(t.term)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** Ids of the terms with no suggestion: their findings are warnings with the note, nothing to apply. */
export function adviceOnlyTermIds(terms: readonly CustomTerm[]): Set<string> {
  const kept = usable(terms);
  const ids = idsOf(kept);
  return new Set(ids.filter((_, i) => !kept[i]!.suggestion));
}

export function customTermEntries(terms: readonly CustomTerm[]): LanguageEntry[] {
  const kept = usable(terms);
  const ids = idsOf(kept);
  return kept.map((t, i) => ({
    id: ids[i]!,
    group: 'pathologizing-jargon' as const,
    severity: t.severity,
    patterns: [termToPattern(t.term)],
    // An entry needs a wording; for a term with none, the finding drops it (adviceOnlyTermIds).
    suggestions: [t.suggestion || t.term],
    message: messageOf(t),
    guards: { ...NO_GUARDS, notNegated: false },
    sources: [{ id: 'organization', ref: 'custom term' }],
    examples: { positive: [t.term], traps: [] },
  }));
}
