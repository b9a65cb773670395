// The job's own category can make a bare "recovery" plain: a Recovery Coach in a substance-use
// recovery program asking for "personal recovery experience" asks for recovery from substance
// use, as a time in recovery does (recoveryTimeType). Elsewhere "recovery" alone names no kind
// (mental health? substance use?), so the reading stays as it is (samhsa-jd-tool L241).
// Also: which of the kinds asked name the experience, beside one every job accepts (namedKinds).
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { RoleCategory } from '../types.js';
import { askingMentions, type LivedExperienceReading, type Mention } from './lived-experience.js';

/** The mention says "recovery" (or "recovering", "sobriety", "sober") in so many words. */
function namesRecovery(doc: AnalysisDocument, m: Mention): boolean {
  for (let i = m.first; i < m.end; i++) if (/^(recover|sobriety$|sober$)/.test(doc.tokens[i]!.norm)) return true;
  return false;
}

/**
 * The reading as the checks see it for a job of `category`: when no mention names a kind, the
 * category is one whose name makes a bare "recovery" plain (bareRecoveryCategories), and a
 * mention that decided the status asks for the experience in words that name recovery, the kind
 * asked for is the category's own.
 */
export function readingForCategory(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  reading: LivedExperienceReading,
  category: RoleCategory,
): LivedExperienceReading {
  const { best } = reading;
  if (reading.specific || (best !== 'required' && best !== 'preferred')) return reading;
  if (!lex.lexicons.livedExperience.bareRecoveryCategories.includes(category)) return reading;
  // The experience itself, not a line about telling one's story ("willing to disclose your own
  // recovery story"), which says how it is used rather than what is asked.
  if (!askingMentions(reading).some((m) => namesRecovery(doc, m))) return reading;
  return { ...reading, specific: true, types: new Set([category]), report: { ...reading.report, specific: true } };
}

/**
 * The kinds that say which experience is asked: those a kind every job accepts (lexicons:
 * compatibleTypes, "emotional or behavioral challenges") stands beside give way to the named ones
 * ("a parent of a child with emotional or behavioral challenges" asks for a parent's); alone, it
 * stays.
 */
export function namedKinds(lex: CompiledLexicons, kinds: Iterable<RoleCategory>): RoleCategory[] {
  const table = lex.lexicons.livedExperience.compatibleTypes;
  const everyJobs = (t: RoleCategory) => table.every((c) => (c.accepts as readonly RoleCategory[]).includes(t));
  const all = [...kinds];
  const named = all.filter((t) => !everyJobs(t));
  return named.length ? named : all;
}
