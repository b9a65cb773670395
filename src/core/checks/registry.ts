// Every document-level check, in the order its findings are gathered. A new check is a file in
// this folder and a line here; tests/core/check-registry.test.ts keeps the declared rule ids and
// the lexicons' rule texts in step.
import type { DocumentCheck } from './check.js';
import { dutyConflicts } from './duty-conflicts.js';
import { hiringBarriers } from './hiring-barriers.js';
import { livedExperienceCategoryMatch } from './lived-experience-category-match.js';
import { livedExperienceOnlyQualification } from './lived-experience-only-qualification.js';
import { livedExperienceRequirement } from './lived-experience-requirement.js';
import { livedExperienceSpecific } from './lived-experience-specific.js';
import { organizationalSignals } from './organizational-signals.js';
import { peerCompetencies } from './peer-competencies.js';
import { prohibitedInquiries } from './prohibited-inquiries.js';
import { willingnessToShare } from './willingness-to-share.js';

export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [
  dutyConflicts,
  hiringBarriers,
  peerCompetencies,
  organizationalSignals,
  livedExperienceRequirement,
  livedExperienceSpecific,
  livedExperienceCategoryMatch,
  willingnessToShare,
  livedExperienceOnlyQualification,
  prohibitedInquiries,
];
