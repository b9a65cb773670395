// The kind of lived experience asked for fits the people served (lexicons: compatibleTypes):
// a family partner asked for personal recovery, a youth advocate asked for parenting, do not.
import type { DocumentCheck } from './check.js';
import { requirementFinding } from './requirement-finding.js';

export const livedExperienceCategoryMatch: DocumentCheck = {
  id: 'lived-experience-category-match',
  family: 'lived-experience',
  rules: ['le-category-mismatch'],
  run: (ctx) => {
    const { specific, types } = ctx.livedExperience;
    const allowed = ctx.lex.lexicons.livedExperience.compatibleTypes.find((c) => c.category === ctx.category)?.accepts;
    if (!allowed || !specific || [...types].some((t) => allowed.includes(t))) return [];
    return [requirementFinding(ctx, 'le-category-mismatch')];
  },
};
