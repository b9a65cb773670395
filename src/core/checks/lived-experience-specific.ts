// Lived experience asked for without naming its type (mental health, substance use, family ...).
import { findingFromRule, ruleTextById } from '../rules/rule-findings.js';
import type { DocumentCheck } from './check.js';
import { requirementFix } from './requirement-fix.js';

export const livedExperienceSpecific: DocumentCheck = {
  id: 'lived-experience-specific',
  family: 'lived-experience',
  rules: ['le-not-specific'],
  run: (ctx) => {
    const { best, specific, leadSpan } = ctx.livedExperience;
    // A mention that asks for nothing already has its finding; "not specific" would double it.
    if ((best !== 'required' && best !== 'preferred') || specific) return [];
    return [
      findingFromRule(
        ruleTextById(ctx.lex.lexicons.livedExperience.rules, 'le-not-specific'),
        'lived-experience',
        leadSpan,
        requirementFix(ctx),
      ),
    ];
  },
};
