// Public types of the analyzer: the input it takes and the report it returns.
// The JSON shape of `Report` is the documented CLI contract (schemaVersion 1).

export type Family = 'language' | 'role' | 'lived-experience';
export type Severity = 'error' | 'warning' | 'info';
export type RoleCategory = 'adult-mental-health' | 'substance-use-recovery' | 'family' | 'parent-caregiver' | 'youth' | 'general-peer';
export type LivedExperienceStatus = 'required' | 'preferred' | 'mentioned' | 'absent';

export interface PostingSection {
  heading?: string;
  text: string;
}

/** A structured posting, as read from JSON-LD or a job board. */
export interface StructuredPosting {
  /** 'job-posting' when the source says so (schema.org JobPosting): role detection trusts it. */
  kind?: 'job-posting' | 'document';
  title?: string;
  organization?: string;
  sections: PostingSection[];
}

export type AnalyzeInput = string | StructuredPosting;

export interface SourceRef {
  id: string;
  ref: string;
}

export interface Finding {
  ruleId: string;
  family: Family;
  severity: Severity;
  /** UTF-16 offsets into the analyzed plain text; both 0 for a finding about something missing. */
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: string[];
  /** Points the overall score wins back when this finding alone is fixed. */
  points: number;
  sources: SourceRef[];
  /**
   * What kind of fix a suggestion is: a replacement of the span, or a sentence to insert.
   * Absent: the suggestions are advice for the reader (a better duty, a question to drop).
   */
  fix?: 'replace' | 'insert';
  /**
   * For an 'insert' fix: the offset (the end of the qualifications heading's line) after which
   * the sentence goes; absent when the text has no such heading. Not part of the JSON contract.
   */
  insertAt?: number;
  /** For duty findings: why the duty is not consistent with a peer role. */
  reason?: 'clinical' | 'power-agenda' | 'busy-work';
}

export interface RoleReport {
  isPeerRole: boolean;
  category: RoleCategory | null;
  evidence: string[];
}

/**
 * What the text is: a peer-role posting, another job posting, a document about peer work
 * (an explainer, a program or certification page, news, guidance), or something else.
 */
export type DocumentKind = 'peer-posting' | 'non-peer-posting' | 'about-peer-work' | 'other';

export interface DocumentReport {
  kind: DocumentKind;
  /** Why, in plain words: the marks of a job offer found, or of a document about peer work. */
  evidence: string[];
}

export interface LivedExperienceReport {
  status: LivedExperienceStatus;
  specific: boolean;
  evidence: string[];
}

/** What a job seeker is told first: is this a real peer job? */
export type JobSeekerVerdict = 'peer-role' | 'peer-role-with-concerns' | 'peer-title-only' | 'not-a-peer-role' | 'not-a-posting';

export interface JobSeekerQuestion {
  /** A question to ask the employer, in the seeker's own voice. */
  text: string;
  /** Why it is worth asking, from what the posting says or leaves out. */
  why: string;
  sources: SourceRef[];
  /** Rule ids of the findings it comes from (empty when it comes from something left out). */
  findings: string[];
}

export interface QualificationItem {
  /** Which item it is, for a program to compare ("qualification-background-check"). */
  id: string;
  /** What is asked, in plain words ("Background check"). */
  item: string;
  /** How the posting asks it. */
  status: 'required' | 'preferred' | 'mentioned';
  /** The rulebook counts it as a hiring barrier for people in recovery. */
  barrier: boolean;
  /** The posting's own words. */
  text: string;
  /** For lived experience: the kinds the posting names (empty when it names none). */
  kinds?: RoleCategory[];
}

export interface JobSeekerReport {
  verdict: JobSeekerVerdict;
  /** The two or three reasons that decided it, in plain words. */
  reasons: string[];
  questions: JobSeekerQuestion[];
  qualifications: QualificationItem[];
}

export interface Subscores {
  language: number;
  role: number | null;
  livedExperience: number | null;
}

export interface Report {
  schemaVersion: 1;
  source?: string;
  score: number;
  grade: string;
  subscores: Subscores;
  /** Plain-language notes on how the score was made (e.g. "scored on language only"). */
  notes: string[];
  document: DocumentReport;
  role: RoleReport;
  livedExperience: LivedExperienceReport;
  /** For a person looking for peer work: a verdict, questions to ask, what the posting asks of you. */
  jobSeeker: JobSeekerReport;
  findings: Finding[];
  /** The plain text the offsets refer to. */
  text: string;
}

export interface AnalyzeOptions {
  /** Force a role category (the user corrected it); null forces "not a peer role". */
  category?: RoleCategory | null;
  /** Force the document kind (the user corrected it). 'peer-posting' makes it a peer role. */
  documentKind?: DocumentKind;
  /** Rule ids switched off by the user. */
  disabledRules?: string[];
  /** Extra language entries (an organization's own terms), already validated. */
  customTerms?: import('./lexicon/schema.js').CustomTerm[];
  /** Phrases the organization allows: a finding inside one is never reported. */
  allowedPhrases?: string[];
  /** Findings the user dismissed for this document (that rule on that text): not reported, no points. */
  dismissed?: Array<{ ruleId: string; text: string }>;
  /** Drop info-level findings from the report (they never count toward the score). */
  hideInfo?: boolean;
  /**
   * Analyze at most this many UTF-16 code units (default MAX_ANALYZE_CHARS, about 5 MB); a
   * longer text is cut at a break before it, and report.notes says so. report.text stays whole.
   */
  maxChars?: number;
}
