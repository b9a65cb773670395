// What the job-seeker view reads: the analysis already made, never the text again from scratch.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { LivedExperienceReading } from '../rules/lived-experience.js';
import type { DocumentReport, Finding, LivedExperienceReport, RoleReport } from '../types.js';

export interface SeekerInput {
  doc: AnalysisDocument;
  lex: CompiledLexicons;
  document: DocumentReport;
  role: RoleReport;
  livedExperience: LivedExperienceReport;
  /** The lived-experience reading of a job posting; null for a text that is not one. */
  reading: LivedExperienceReading | null;
  /** Every finding, before the user's filters: a switched-off rule still tells the seeker something. */
  findings: readonly Finding[];
}

/** The posting's own words in a sentence: "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Distinct matched texts of findings, as the posting wrote them, at most `max`. */
export function matchedWords(findings: readonly Finding[], max = 3): string[] {
  const seen = new Map<string, string>();
  for (const f of findings) {
    const words = f.text.replace(/\s+/g, ' ').trim();
    if (words && !seen.has(words.toLowerCase())) seen.set(words.toLowerCase(), words);
  }
  return [...seen.values()].slice(0, max);
}

/** A lexicon sentence with "{items}" filled in. */
export function fillIn(template: string, items: string): string {
  return template.replace('{items}', items);
}

export const isConflictingDuty = (f: Finding) => f.reason !== undefined && f.severity !== 'info';
export const isBarrier = (f: Finding) => f.ruleId.startsWith('barrier-');

/**
 * A barrier that can keep a person in recovery out of this job: a warning, or a driver's license
 * (info in the findings) when nothing in the posting makes driving part of the job.
 */
export function blockingBarriers({ doc, lex, findings }: SeekerInput): Finding[] {
  let drives: boolean | undefined;
  const drivingIsPartOfTheJob = () => (drives ??= lex.drivingDuties.test(doc.tokens));
  return findings.filter((f) => isBarrier(f) && (f.severity !== 'info' || (f.ruleId === 'barrier-drivers-license' && !drivingIsPartOfTheJob())));
}
export const isHealthInquiry = (f: Finding) => f.ruleId.startsWith('inquiry-');
