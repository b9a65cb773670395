// Is lived experience required? Absent, only preferred, or only mentioned each get a finding,
// with the category's requirement sentence as the fix.
import type { DocumentCheck } from './check.js';
import { requirementFinding } from './requirement-finding.js';

const RULE_BY_STATUS = { absent: 'le-absent', preferred: 'le-preferred-only', mentioned: 'le-mentioned-not-required' } as const;

export const livedExperienceRequirement: DocumentCheck = {
  id: 'lived-experience-requirement',
  family: 'lived-experience',
  rules: Object.values(RULE_BY_STATUS),
  run: (ctx) => {
    const { best, leadSpan } = ctx.livedExperience;
    if (best === 'required') return [];
    return [requirementFinding(ctx, RULE_BY_STATUS[best], best === 'absent' ? null : leadSpan)];
  },
};
