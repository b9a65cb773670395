// The job's own category can make a bare "recovery" plain: a Recovery Coach in a substance-use
// recovery program asking for "personal recovery experience" asks for recovery from substance
// use, as a time in recovery does (recoveryTimeType). Elsewhere "recovery" alone names no kind
// (mental health? substance use?), so the reading stays as it is (samhsa-jd-tool L241).
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { RoleCategory } from '../types.js';
import type { LivedExperienceReading, Mention } from './lived-experience.js';

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
  if (!reading.mentions.some((m) => m.strength === best && !m.shares && namesRecovery(doc, m))) return reading;
  return { ...reading, specific: true, types: new Set([category]), report: { ...reading.report, specific: true } };
}
