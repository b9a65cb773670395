// The kind of lived experience asked for fits the people served (lexicons: compatibleTypes):
// a family partner asked for personal recovery, a youth advocate asked for parenting, do not.
import type { DocumentCheck } from './check.js';
import { askingMentions } from '../rules/lived-experience.js';
import { namedKinds } from '../rules/lived-experience-category-kind.js';
import { requirementFinding } from './requirement-finding.js';

export const livedExperienceCategoryMatch: DocumentCheck = {
  id: 'lived-experience-category-match',
  family: 'lived-experience',
  rules: ['le-category-mismatch'],
  run: (ctx) => {
    const { specific } = ctx.livedExperience;
    // The kinds the deciding mentions name, when they name one: a kind said of the people served
    // elsewhere ("the mother of a son who has been hospitalized") is not what the job asks, nor
    // is the audience of a story told ("share your recovery story with family members").
    const asking = askingMentions(ctx.livedExperience);
    const deciding = asking.length ? asking : ctx.livedExperience.mentions.filter((m) => m.strength === ctx.livedExperience.best);
    const decidingKinds = deciding.flatMap((m) => [...m.types]);
    const types = decidingKinds.length ? new Set(decidingKinds) : ctx.livedExperience.types;
    const allowed = ctx.lex.lexicons.livedExperience.compatibleTypes.find((c) => c.category === ctx.category)?.accepts;
    if (!allowed || !specific) return [];
    // A kind every job accepts does not make a named kind fit: a youth advocate asked to be "a
    // parent of a child with emotional or behavioral challenges" is asked for a parent's experience.
    if (namedKinds(ctx.lex, types).some((t) => allowed.includes(t))) return [];
    return [requirementFinding(ctx, 'le-category-mismatch')];
  },
};
