// The order of two rule ids, as String.prototype.localeCompare gives it. Ids are lower-case
// kebab-case (a-z, 0-9, "-"), and for those the collation's order is the order of their
// characters ("-" before digits before letters, a prefix first), which a plain comparison gives
// without starting the collator (a few milliseconds at the first call of every process).
const KEBAB = /^[a-z0-9-]*$/;

export function compareRuleIds(a: string, b: string): number {
  if (KEBAB.test(a) && KEBAB.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
