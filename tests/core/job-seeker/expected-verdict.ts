// The verdict a corpus label implies: what the document is, whether it is a peer role, and the
// problems it is labeled with (a peer job with no peer duties; duties or requirements that
// conflict with peer work; lived experience not required).
import type { CorpusLabel } from '../../../eval/label-schema.js';
import type { JobSeekerVerdict } from '../../../src/core/types.js';

/** Kinds of missing things that are questions for the employer, not concerns about the job. */
const QUESTION_KINDS = new Set(['pay', 'supervision', 'peer-team', 'career-ladder', 'sharing', 'not-specific', 'only-qualification']);

/** The verdicts a label accepts. */
export function expectedVerdicts(label: CorpusLabel): JobSeekerVerdict[] {
  if (label.kind === 'agency-document') return ['not-a-posting'];
  if (label.kind === 'non-peer-posting') return ['not-a-peer-role'];
  if (label.expected.some((e) => e.kind === 'no-peer-duties')) return ['peer-title-only', 'peer-role-with-concerns'];
  const concerns = label.expected.filter((e) => e.family !== 'language' && !(e.kind && QUESTION_KINDS.has(e.kind)));
  if (concerns.length) return ['peer-role-with-concerns', 'peer-title-only'];
  return ['peer-role'];
}
