// What an audit run produced, as the report builders (HTML, Markdown, CSV, JSON) read it.
// Pure data: no Node APIs, so the extension's "Export report" can use the same builders.
import type { Family, LivedExperienceStatus, Report, Severity } from '../core/types.js';

/** A document that was read and analyzed. `report.source` names it. */
export interface AuditedDocument {
  kind: 'report';
  report: Report;
  /** How the text was obtained: text, markdown, json-ld, readability, body, pdf, docx. */
  via: string;
  /** For `peerlens rewrite`: the whole text with the first suggestions applied. */
  revised?: string;
}

/** A document that could not be read or analyzed: one error row, and the run goes on. */
export interface FailedDocument {
  kind: 'error';
  source: string;
  /** not-found, empty, binary, corrupt, encrypted, no-text, too-large, crashed, timeout, … */
  code: string;
  message: string;
}

export type AuditDocument = AuditedDocument | FailedDocument;

export interface ScoreBucket {
  /** Inclusive bounds; the last bucket is 90–100. */
  from: number;
  to: number;
  count: number;
}

/** One rule's findings summed over all documents. */
export interface IssueCount {
  ruleId: string;
  family: Family;
  severity: Severity;
  message: string;
  /** The most frequent matched wordings, most frequent first (empty for "missing" findings). */
  examples: string[];
  documents: number;
  findings: number;
}

export interface AuditSummary {
  /** ISO time the run finished; absent when the caller wants reproducible output. */
  generatedAt?: string;
  /** Documents attempted: analyzed + errors. */
  documents: number;
  analyzed: number;
  errors: number;
  /** Files in the audited folders that were not documents PeerLens reads (other extensions). */
  skippedFiles: number;
  findings: number;
  findingsByFamily: Record<Family, number>;
  findingsBySeverity: Record<Severity, number>;
  /** null when no document was analyzed. */
  meanScore: number | null;
  medianScore: number | null;
  minScore: number | null;
  maxScore: number | null;
  grades: Record<string, number>;
  distribution: ScoreBucket[];
  /** Documents read as peer-support roles; lived experience is counted over those only. */
  peerRoles: number;
  livedExperience: Record<LivedExperienceStatus, number>;
  /** Rules that count toward the score, by how many documents they occur in. */
  topIssues: IssueCount[];
}

export interface AuditRun {
  summary: AuditSummary;
  /** In the order the inputs were given and walked. */
  documents: AuditDocument[];
}
