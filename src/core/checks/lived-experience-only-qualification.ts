// Lived experience as the only qualification: the only line under the qualifications heading, or
// all a "Qualifications:" label's paragraph asks for.
import { findingFromRule, ruleTextById } from '../rules/rule-findings.js';
import { isOnlyQualification } from '../rules/lived-experience.js';
import type { DocumentCheck } from './check.js';

export const livedExperienceOnlyQualification: DocumentCheck = {
  id: 'lived-experience-only-qualification',
  family: 'lived-experience',
  rules: ['le-only-qualification'],
  run: ({ doc, lex, livedExperience }) =>
    livedExperience.best === 'required' && isOnlyQualification(doc, lex, livedExperience)
      ? [
          findingFromRule(
            ruleTextById(lex.lexicons.livedExperience.rules, 'le-only-qualification'),
            'lived-experience',
            livedExperience.leadSpan,
            {
              suggestions: [],
              fix: undefined,
            },
          ),
        ]
      : [],
};
