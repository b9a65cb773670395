// The role categories a peer posting can have (lexicons, reports, the CLI's --category).
export const ROLE_CATEGORIES = [
  'adult-mental-health',
  'substance-use-recovery',
  'family',
  'parent-caregiver',
  'youth',
  'general-peer',
] as const;
