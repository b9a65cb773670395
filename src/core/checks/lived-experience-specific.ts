// Lived experience asked for without naming its type (mental health, substance use, family ...).
import type { DocumentCheck } from './check.js';
import { requirementFinding } from './requirement-finding.js';

export const livedExperienceSpecific: DocumentCheck = {
  id: 'lived-experience-specific',
  family: 'lived-experience',
  rules: ['le-not-specific'],
  run: (ctx) => {
    const { best, specific } = ctx.livedExperience;
    // A mention that asks for nothing already has its finding; "not specific" would double it.
    if ((best !== 'required' && best !== 'preferred') || specific) return [];
    return [requirementFinding(ctx, 'le-not-specific')];
  },
};
