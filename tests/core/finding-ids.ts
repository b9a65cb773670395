// The rule ids a text's report holds, for round files that assert which rules speak.
import { analyze } from '../../src/core/index.js';

/** Every finding's rule id, in report order. */
export const ruleIds = (text: string): string[] => analyze(text).findings.map((f) => f.ruleId);

/** The language findings' rule ids, in report order. */
export const languageRuleIds = (text: string): string[] =>
  analyze(text)
    .findings.filter((f) => f.family === 'language')
    .map((f) => f.ruleId);
