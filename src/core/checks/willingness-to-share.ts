// A posting that asks for lived experience should ask for the willingness to share it.
import { findingFromRule, ruleTextById } from '../rules/rule-findings.js';
import type { DocumentCheck } from './check.js';

export const willingnessToShare: DocumentCheck = {
  id: 'willingness-to-share',
  family: 'lived-experience',
  rules: ['le-no-willingness-to-share'],
  run: ({ doc, lex, livedExperience }) =>
    livedExperience.best === 'absent' || lex.livedExperience.share.test(doc.tokens)
      ? []
      : [findingFromRule(ruleTextById(lex.lexicons.livedExperience.rules, 'le-no-willingness-to-share'), 'lived-experience', null)],
};
