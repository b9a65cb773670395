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

/** How far back a duty's clause is read for its verb ("Collect" in "Collect urine samples"). */
const CLAUSE_REACH = 6;
const MAX_QUOTE = 90;

/**
 * The posting's own words for each finding, quoted, distinct, at most `max`: the matched words
 * with the start of their clause when it is near ("collect urine samples", not "urine samples").
 */
export function postingWords(doc: AnalysisDocument, findings: readonly Finding[], max = 3): string[] {
  const seen = new Map<string, string>();
  for (const f of findings) {
    const words = clauseOf(doc, f).replace(/\s+/g, ' ').trim();
    if (words && !seen.has(words.toLowerCase())) seen.set(words.toLowerCase(), words);
  }
  // "conduct psychosocial assessments" is said by "conduct psychosocial assessments and interviews"
  const keys = [...seen.keys()];
  return keys
    .filter((k) => !keys.some((other) => other !== k && other.includes(k)))
    .slice(0, max)
    .map((k) => `“${seen.get(k)!}”`);
}

function clauseOf(doc: AnalysisDocument, f: Finding): string {
  if (f.end <= f.start || f.end > doc.text.length) return f.text;
  const [first] = doc.tokenRange(f.start, f.end);
  const sentence = doc.structure.sentences[doc.structure.sentenceOf[first] ?? -1];
  if (!sentence) return f.text;
  const before = doc.text.slice(sentence.start, f.start);
  // the clause starts after the last break in the sentence (a comma, a colon, a bullet)
  const clause = before
    .slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1)
    .replace(/^[\s\-*•·▪●◦‣–]+/, '')
    .replace(/^\s*[a-z0-9]{1,2}[.)]\s+/i, '');
  const lead = clause.trim() ? clause.trim().split(/\s+/).length : 0;
  const text = lead <= CLAUSE_REACH ? `${clause}${f.text}` : f.text;
  return text.length > MAX_QUOTE ? f.text : lowerFirst(text.trim());
}

/** "Collect urine samples" → "collect urine samples"; "UA" and "DMV" keep their capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
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
  return findings.filter(
    (f) => isBarrier(f) && (f.severity !== 'info' || (f.ruleId === 'barrier-drivers-license' && !drivingIsPartOfTheJob())),
  );
}
export const isHealthInquiry = (f: Finding) => f.ruleId.startsWith('inquiry-');
