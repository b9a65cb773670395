// The fix lived-experience findings offer: the category's requirement sentence, to insert under
// the qualifications heading.
import type { Finding } from '../types.js';
import type { CheckContext } from './check.js';

export function requirementFix(ctx: CheckContext): Partial<Finding> {
  const sentence = ctx.lex.lexicons.livedExperience.requirementSentences.find((r) => r.category === ctx.category)?.sentence;
  if (!sentence) return {};
  // Under the first heading the lexicon reads as required qualifications ("Minimum Qualifications").
  const { headingKinds } = ctx.livedExperience;
  const heading = ctx.doc.structure.headings[headingKinds.indexOf('required')];
  return heading ? { suggestions: [sentence], fix: 'insert', insertAt: heading.end } : { suggestions: [sentence], fix: 'insert' };
}
