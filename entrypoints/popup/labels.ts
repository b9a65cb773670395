// Words the popup shows for the analyzer's codes (those it shares with the reports are in
// src/report/report-labels.ts).
import type { Severity } from '../../src/core/types';
import { BOARDS } from '../../src/extension/settings/board-origins';

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

export function readViaLabel(via: string): string {
  if (via.startsWith('board:')) {
    const board = via.slice('board:'.length);
    return `the ${BOARDS.find((b) => b.id === board)?.name ?? board} posting on this page`;
  }
  return READ_VIA_LABELS[via] ?? 'this page';
}

export { sourceLabel, sourceUrl } from '../../src/extension/marks/source-label';
