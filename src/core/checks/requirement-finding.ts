// The findings of the lived-experience requirement checks: the rule's text at the words that ask
// for lived experience, with the fix they all offer, the category's requirement sentence to insert
// under the qualifications heading.
import { findingFromRule, ruleTextById } from '../rules/rule-findings.js';
import type { Finding } from '../types.js';
import type { CheckContext } from './check.js';

function requirementFix(ctx: CheckContext): Partial<Finding> {
  const sentence = ctx.lex.lexicons.livedExperience.requirementSentences.find((r) => r.category === ctx.category)?.sentence;
  if (!sentence) return {};
  // Under the first heading the lexicon reads as required qualifications ("Minimum Qualifications").
  const { headingKinds } = ctx.livedExperience;
  const heading = ctx.doc.structure.headings[headingKinds.indexOf('required')];
  return heading ? { suggestions: [sentence], fix: 'insert', insertAt: heading.end } : { suggestions: [sentence], fix: 'insert' };
}

/** Lived-experience rule `ruleId`'s finding at `span` (by default the words that ask for it). */
export function requirementFinding(ctx: CheckContext, ruleId: string, span = ctx.livedExperience.leadSpan): Finding {
  return findingFromRule(ruleTextById(ctx.lex.lexicons.livedExperience.rules, ruleId), 'lived-experience', span, requirementFix(ctx));
}
