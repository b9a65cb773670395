// alex (retext-equality + retext-profanities) on plain text: the baseline the budget compares to.
import { text as alexText } from 'alex';

/** Runs alex once on `plain` and returns how many messages it gave (so the work is not dead code). */
export function runAlex(plain: string): number {
  return alexText(plain).messages.length;
}
