// A language finding whose entry names the duties that cover it (language entries'
// coveredByDuties) is not shown inside such a duty's finding: "Monitors participants for
// medication compliance" is one card, the duty's, whose advice (leave the duty out) makes the
// wording's own advice moot.
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { Finding } from '../types.js';

/** Per lexicon set, the language entries that name covering duties: read once, not on every analysis. */
const coveringDuties = new WeakMap<CompiledLexicons, ReadonlyMap<string, ReadonlySet<string>>>();

function coveredByOf(lex: CompiledLexicons): ReadonlyMap<string, ReadonlySet<string>> {
  let coveredBy = coveringDuties.get(lex);
  if (!coveredBy) {
    const map = new Map<string, ReadonlySet<string>>();
    for (const e of lex.language.entries) if (e.coveredByDuties?.length) map.set(e.id, new Set(e.coveredByDuties));
    coveringDuties.set(lex, map);
    coveredBy = map;
  }
  return coveredBy;
}

export function withoutCoveredLanguage(findings: readonly Finding[], lex: CompiledLexicons): Finding[] {
  const coveredBy = coveredByOf(lex);
  if (!coveredBy.size) return [...findings];
  const duties = findings.filter((f) => f.family === 'role' && f.end > f.start);
  return findings.filter((f) => {
    const by = f.family === 'language' ? coveredBy.get(f.ruleId) : undefined;
    return !by || !duties.some((d) => by.has(d.ruleId) && d.start <= f.start && f.end <= d.end);
  });
}
