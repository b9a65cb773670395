// Runs alex (retext-equality + retext-profanities) on plain text, as the baseline people would
// otherwise use. Every alex message is a language finding; alex has no severities, so all count.
import { text as alexText } from 'alex';
import type { ScoredFinding } from './match-findings.js';

interface Point {
  offset?: number;
}
interface AlexMessage {
  ruleId?: string | null;
  source?: string | null;
  /** vfile-message 4 calls it `place`, 3 (what alex 11 ships) `position`. */
  place?: { start?: Point; end?: Point } | Point | null;
  position?: { start?: Point; end?: Point } | null;
}

export interface AlexOptions {
  /** Drop retext-profanities messages (they double-report words equality already flags). */
  equalityOnly?: boolean;
}

function spanOf(message: AlexMessage): { start: number; end: number } | null {
  const where = message.position ?? message.place;
  if (!where) return null;
  if ('start' in where && where.start?.offset !== undefined) {
    const start = where.start.offset;
    return { start, end: where.end?.offset ?? start };
  }
  if ('offset' in where && where.offset !== undefined) return { start: where.offset, end: where.offset };
  return null;
}

export function alexFindings(plainText: string, options: AlexOptions = {}): ScoredFinding[] {
  const file = alexText(plainText);
  const findings: ScoredFinding[] = [];
  for (const message of file.messages as AlexMessage[]) {
    if (options.equalityOnly && message.source === 'retext-profanities') continue;
    const span = spanOf(message);
    if (span === null) continue;
    findings.push({
      ...span,
      ruleId: `alex/${message.source ?? 'unknown'}/${message.ruleId ?? 'unknown'}`,
      family: 'language',
      severity: 'warning',
    });
  }
  return findings;
}
