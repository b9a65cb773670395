// Words the popup shows for the analyzer's codes.
import type { Family, RoleCategory, Severity } from '../../src/core/types';

export const CATEGORY_LABELS: Record<RoleCategory, string> = {
  'adult-mental-health': 'Adult mental health peer',
  'substance-use-recovery': 'Substance use recovery peer',
  family: 'Family peer (family member of an adult)',
  'parent-caregiver': 'Parent or caregiver peer (child or youth)',
  youth: 'Youth or transition-age youth peer',
  'general-peer': 'Peer role (type not stated)',
};

export const FAMILY_LABELS: Record<Family, string> = {
  language: 'Language',
  role: 'Peer role',
  'lived-experience': 'Lived experience',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

export const READ_VIA_LABELS: Record<string, string> = {
  'json-ld': 'the posting’s structured data',
  'main-content': 'the main text of the page',
  editable: 'the text field you are editing',
  selection: 'your selection',
};

const BOARD_LABELS: Record<string, string> = {
  indeed: 'Indeed',
  linkedin: 'LinkedIn',
  usajobs: 'USAJOBS',
  governmentjobs: 'governmentjobs.com',
  calcareers: 'CalCareers',
  idealist: 'Idealist',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  workday: 'Workday',
};

export function readViaLabel(via: string): string {
  if (via.startsWith('board:')) {
    const board = via.slice('board:'.length);
    return `the ${BOARD_LABELS[board] ?? board} posting on this page`;
  }
  return READ_VIA_LABELS[via] ?? 'this page';
}

export { sourceLabel, sourceUrl } from '../../src/extension/marks/source-label';
