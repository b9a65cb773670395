// Words people read for the report's codes, shared by every report format (text, Markdown, the
// audit's HTML and Markdown).
import type {
  DocumentKind,
  Finding,
  JobSeekerVerdict,
  LivedExperienceStatus,
  QualificationItem,
  Report,
  RoleCategory,
} from '../core/types.js';
import { positionAt, type TextPosition } from './text-position.js';

/** The three kinds of check, as a reader calls them. */
export const FAMILY_LABELS: Record<Finding['family'], string> = {
  language: 'Language',
  role: 'Peer role',
  'lived-experience': 'Lived experience',
};

export const CATEGORY_LABELS: Record<RoleCategory, string> = {
  'adult-mental-health': 'adult mental health',
  'substance-use-recovery': 'substance use recovery',
  family: 'family member of an adult',
  'parent-caregiver': 'parent/caregiver of a child or youth',
  youth: 'transition-age youth',
  'general-peer': 'general peer support',
};

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'peer-posting': 'a peer-role job posting',
  'non-peer-posting': 'a job posting for another role',
  'about-peer-work': 'a document about peer work (not a job posting)',
  other: 'not a job posting',
};

/** The job seeker's verdict, in plain words. */
export const VERDICT_LABELS: Record<JobSeekerVerdict, string> = {
  'peer-role': 'a real peer job',
  'peer-role-with-concerns': 'a peer job, with duties or requirements that conflict with peer work',
  'peer-title-only': 'a peer title on a job that is not peer work',
  'not-a-peer-role': 'not a peer job',
  'not-a-posting': 'not a job posting',
};

/** One line of the "do I qualify?" checklist: "Background check (required, a hiring barrier)". */
export function qualificationLabel(q: QualificationItem): string {
  return `${q.item} (${q.status}${q.barrier ? ', a hiring barrier for people in recovery' : ''})`;
}

export const LIVED_EXPERIENCE_LABELS: Record<LivedExperienceStatus, string> = {
  required: 'required',
  preferred: 'preferred only',
  mentioned: 'mentioned, not required',
  absent: 'not asked for',
};

export const REASON_LABELS: Record<NonNullable<Finding['reason']>, string> = {
  clinical: 'clinical duty',
  'power-agenda': 'power/agenda duty',
  'busy-work': 'busy work',
};

export function roleLabel(role: Report['role']): string {
  if (!role.isPeerRole) return 'not a peer role';
  return role.category ? `peer role, ${CATEGORY_LABELS[role.category]}` : 'peer role';
}

export function livedExperienceLabel(le: Report['livedExperience']): string {
  const status = LIVED_EXPERIENCE_LABELS[le.status];
  if (le.status === 'absent') return status;
  return `${status}, ${le.specific ? 'specific about the type' : 'not specific about the type'}`;
}

/** A page that offers no job has no role to be "not a peer role", even when it names one. */
function offersNoJob({ role, document }: Pick<Report, 'role' | 'document'>): boolean {
  return !role.isPeerRole && (document.kind === 'about-peer-work' || document.kind === 'other');
}

/** "peer role", "not a peer role", "no job offered", or the peer role's kind (the audit's table of documents). */
export function roleKindLabel(report: Pick<Report, 'role' | 'document'>): string {
  const { role } = report;
  if (!role.isPeerRole) return offersNoJob(report) ? 'no job offered' : 'not a peer role';
  return role.category ? CATEGORY_LABELS[role.category] : 'peer role';
}

/** One thing a report says the document is, with the words of the document that show it. */
export interface DocumentFact {
  label: 'Reads as' | 'Role' | 'Lived experience';
  value: string;
  evidence: readonly string[];
}

/** The role and, for a peer role, what it asks of lived experience. */
export function roleFacts(report: Report): DocumentFact[] {
  const role = offersNoJob(report) ? 'no job offered' : roleLabel(report.role);
  const facts: DocumentFact[] = [{ label: 'Role', value: role, evidence: report.role.evidence }];
  const le = report.livedExperience;
  if (report.role.isPeerRole) facts.push({ label: 'Lived experience', value: livedExperienceLabel(le), evidence: le.evidence });
  return facts;
}

/** What kind of document it reads as, then its role facts. */
export function documentFacts(report: Report): DocumentFact[] {
  const kind: DocumentFact = { label: 'Reads as', value: DOCUMENT_KIND_LABELS[report.document.kind], evidence: report.document.evidence };
  return [kind, ...roleFacts(report)];
}

/** "Required 4 · Preferred 2 · …": how many peer roles ask for lived experience, and how. */
export function livedExperienceCounts(counts: Record<LivedExperienceStatus, number>): string[] {
  return (['required', 'preferred', 'mentioned', 'absent'] as const).map((k) => `${LIVED_EXPERIENCE_LABELS[k]} ${counts[k]}`);
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Most points won back first; then severity; then place in the text. Stable for equal keys. */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => b.points - a.points || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
}

/** A finding about something missing has no span. */
export function isMissing(f: Finding): boolean {
  return f.start === 0 && f.end === 0 && f.text === '';
}

/** What the head of a finding says in every report; an empty string for what does not apply. */
export interface FindingHead {
  severity: Finding['severity'];
  /** Points the score wins back when it is fixed. */
  points: string;
  /** Where it stands; null for something missing from the document. */
  position: TextPosition | null;
  /** The audit reports' place: "line 12", or "missing from the document". */
  place: string;
  /** Why a reason-coded finding was raised. */
  reason: string;
}

export function findingHead(f: Finding, lineStarts: readonly number[]): FindingHead {
  const position = isMissing(f) ? null : positionAt(lineStarts, f.start);
  return {
    severity: f.severity,
    points: formatPoints(f.points),
    position,
    place: position ? `line ${position.line}` : 'missing from the document',
    reason: f.reason ? REASON_LABELS[f.reason] : '',
  };
}

/** "+6", "+12.5"; nothing for a finding that does not count toward the score (info). */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return rounded > 0 ? `+${rounded}` : '';
}

/** "language 88 · role 85 · lived experience 70" (role and lived experience only for peer roles). */
export function subscoresLine(report: Report): string {
  const { language, role, livedExperience } = report.subscores;
  const parts = [`language ${language}`];
  if (role !== null) parts.push(`role ${role}`);
  if (livedExperience !== null) parts.push(`lived experience ${livedExperience}`);
  return parts.join(' · ');
}
