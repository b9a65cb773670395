// The job seeker's verdict: is this a real peer job? Decided from what the text is, the role,
// the duties that conflict with peer work (by reason and severity), how lived experience is
// asked for, and hiring barriers; with the two or three reasons that decided it.
import { peerCompetencyMatches } from '../rules/peer-competency-reading.js';
import type { Finding, JobSeekerVerdict } from '../types.js';
import { blockingBarriers, fillIn, isConflictingDuty, isHealthInquiry, listOf, postingWords, type SeekerInput } from './seeker-input.js';

/** Distinct clinical or power duties at which a peer title sits on another job. */
const TITLE_ONLY_DUTIES = 3;
const MAX_REASONS = 3;
const DUTY_REASONS = ['clinical', 'power-agenda', 'busy-work'] as const;

export interface Verdict {
  verdict: JobSeekerVerdict;
  reasons: string[];
}

export function decideVerdict(input: SeekerInput): Verdict {
  const { document, role, livedExperience, findings, lex } = input;
  const jobSeeker = lex.lexicons.jobSeeker;
  const reason = (id: string, items = '') => fillIn(jobSeeker.reasons.find((r) => r.id === id)?.text ?? '', items);

  if (document.kind === 'about-peer-work' || document.kind === 'other')
    return {
      verdict: 'not-a-posting',
      reasons: [
        reason('reason-not-a-posting', document.kind === 'about-peer-work' ? 'a document about peer work' : 'a page of another kind'),
        ...document.evidence
          .filter((e) => !/^marks of a job offer/i.test(e))
          .slice(0, 1)
          .map(sentence),
      ],
    };
  if (!role.isPeerRole) return { verdict: 'not-a-peer-role', reasons: [reason('reason-not-a-peer-role')] };

  const duties = findings.filter(isConflictingDuty);
  const noPeerWork = findings.some((f) => f.ruleId === 'role-no-peer-competencies');
  const heavyDuties = new Set(duties.filter((f) => f.reason !== 'busy-work').map((f) => f.ruleId)).size;
  const concerns: string[] = [];
  // Errors first, then the reason with the most duties.
  const byReason = DUTY_REASONS.map((r) => duties.filter((f) => f.reason === r)).filter((g) => g.length);
  byReason.sort((a, b) => severityRank(b) - severityRank(a) || b.length - a.length);
  for (const group of byReason) concerns.push(reason(`reason-${group[0]!.reason}`, listOf(postingWords(input.doc, group))));
  if (noPeerWork) concerns.push(reason('reason-no-peer-work'));
  const inquiries = findings.filter(isHealthInquiry);
  if (inquiries.length) concerns.push(reason('reason-inquiry', listOf(postingWords(input.doc, inquiries))));
  const barriers = blockingBarriers(input);
  if (barriers.length) concerns.push(reason('reason-barrier', listOf(postingWords(input.doc, barriers))));
  if (livedExperience.status === 'absent') concerns.push(reason('reason-le-absent'));
  else if (livedExperience.status !== 'required') concerns.push(reason('reason-le-not-required', livedExperience.status));
  if (findings.some((f) => f.ruleId === 'le-category-mismatch')) concerns.push(reason('reason-le-mismatch'));

  if ((noPeerWork && duties.length > 0) || heavyDuties >= TITLE_ONLY_DUTIES)
    return { verdict: 'peer-title-only', reasons: concerns.slice(0, MAX_REASONS) };
  if (concerns.length) return { verdict: 'peer-role-with-concerns', reasons: concerns.slice(0, MAX_REASONS) };

  const reasons = [reason('reason-le-required', experienceWords(input))];
  const peerWork = peerDutyLabels(input);
  if (peerWork.length) reasons.push(reason('reason-peer-duties', listOf(peerWork)));
  return { verdict: 'peer-role', reasons };
}

const SEVERITY_RANK = { error: 2, warning: 1, info: 0 } as const;
function severityRank(group: readonly Finding[]): number {
  return Math.max(...group.map((f) => SEVERITY_RANK[f.severity]));
}

/** The document kind's evidence, as a sentence. */
function sentence(evidence: string): string {
  const s = evidence.trim();
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}`;
}

/** " of recovery from substance use" when the posting names one kind of lived experience. */
function experienceWords({ reading, lex }: SeekerInput): string {
  if (reading?.types.size !== 1) return '';
  const [type] = [...reading.types];
  const words = lex.lexicons.jobSeeker.experienceWords[type!];
  return words ? ` ${words}` : '';
}

/** The peer competencies the duties name, in words ("sharing lived experience"), at most three. */
function peerDutyLabels({ doc, lex }: SeekerInput): string[] {
  const labels = new Set<string>();
  for (const m of peerCompetencyMatches(doc, lex)) {
    const label = lex.competencies.entries[m.competency]!.label;
    labels.add(label.charAt(0).toLowerCase() + label.slice(1));
    if (labels.size === 3) break;
  }
  return [...labels];
}
