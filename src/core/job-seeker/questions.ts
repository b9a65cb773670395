// Questions a job seeker can ask the employer, each asked because of something the posting says
// (a duty that conflicts with peer work, questions about one's history) or leaves out (pay, who
// supervises peers, other peers on the team, a career ladder). Their words are in lexicons/job-seeker.json.
import type { QuestionTrigger } from '../lexicon/schema.js';
import { postingSignals } from '../rules/posting-signals.js';
import type { Finding, JobSeekerQuestion, QualificationItem } from '../types.js';
import { fillIn, isBarrier, isConflictingDuty, isHealthInquiry, listOf, postingWords, type SeekerInput } from './seeker-input.js';

const MAX_QUESTIONS = 6;
/** Barriers that are about one's past rather than a skill or a diploma. */
const HISTORY_BARRIERS = new Set(['barrier-criminal-record', 'barrier-years-clean']);

interface Trigger {
  findings: readonly Finding[];
  /** Fills "{items}" in the question. */
  items: string;
}

export function questionsFor(input: SeekerInput, qualifications: readonly QualificationItem[]): JobSeekerQuestion[] {
  const { doc, lex, findings, livedExperience } = input;
  const signals = postingSignals(doc, lex);
  const duties = findings.filter(isConflictingDuty);
  const history = findings.filter((f) => isHealthInquiry(f) || (isBarrier(f) && HISTORY_BARRIERS.has(f.ruleId)));
  const backgroundCheck = qualifications.some((q) => q.item === 'Background check');
  const historyItems = postingWords(doc, history);
  if (backgroundCheck && !historyItems.some((w) => /background|record|criminal/i.test(w))) historyItems.push('the background check');
  const by = (ids: string[]) => findings.filter((f) => ids.includes(f.ruleId));

  const triggers: Partial<Record<QuestionTrigger, Trigger>> = { 'peer-posting': { findings: [], items: '' } };
  if (duties.length) triggers['conflicting-duties'] = { findings: duties, items: listOf(postingWords(doc, duties)) };
  if (!signals.has('peer-supervision'))
    triggers['no-peer-supervision'] = { findings: by(['role-clinical-supervision-only', 'role-no-reporting-line']), items: '' };
  if (historyItems.length) triggers['history-asked'] = { findings: history, items: listOf(historyItems) };
  if (livedExperience.status !== 'required' || !livedExperience.specific)
    triggers['lived-experience-unclear'] = {
      findings: by(['le-absent', 'le-preferred-only', 'le-mentioned-not-required', 'le-not-specific']),
      items: '',
    };
  if (!signals.has('pay')) triggers['no-pay'] = { findings: by(['role-no-pay']), items: '' };
  if (!signals.has('peer-team')) triggers['single-peer'] = { findings: by(['role-single-peer']), items: '' };
  if (!signals.has('career-ladder')) triggers['no-career-ladder'] = { findings: [], items: '' };

  const questions: JobSeekerQuestion[] = [];
  for (const q of lex.lexicons.jobSeeker.questions) {
    const trigger = triggers[q.when];
    if (!trigger) continue;
    questions.push({
      text: fillIn(q.text, trigger.items),
      why: q.why,
      sources: q.sources.map((s) => ({ ...s })),
      findings: [...new Set(trigger.findings.map((f) => f.ruleId))],
    });
  }
  return questions.slice(0, MAX_QUESTIONS);
}
