// The fix lived-experience findings offer: the category's requirement sentence, to insert.
import type { Finding } from '../types.js';
import type { CheckContext } from './check.js';

export function requirementFix(ctx: CheckContext): Partial<Finding> {
  const sentence = ctx.lex.lexicons.livedExperience.requirementSentences.find((r) => r.category === ctx.category)?.sentence;
  return sentence ? { suggestions: [sentence], fix: 'insert' } : {};
}
