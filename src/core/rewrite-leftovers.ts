// What a rewrite leaves for a person: findings it has no wording for. A duty or a hiring barrier
// is about the job itself, and a question about diagnoses must be dropped or rethought; words
// spliced in by a program cannot decide either.
import { isRewritable } from './rewrite.js';
import type { Finding } from './types.js';

export interface Leftover {
  finding: Finding;
  /** Why the rewrite did not fix it, in plain words. */
  why: string;
}

function whyLeft(f: Finding): string {
  if (f.end <= f.start) return 'something the text does not say yet: a person has to write it';
  if (f.family === 'role' && f.reason) return 'a duty that does not fit a peer role: only the employer can change the job';
  if (f.family === 'role') return 'about the role or its hiring requirements: a person has to decide what the job needs';
  if (f.family === 'lived-experience') return 'how lived experience is asked about: a person has to reword or drop it';
  return f.suggestions.length ? 'its suggestions are advice, not a wording to put in its place' : 'there is no wording to put in its place';
}

/** Errors and warnings the rewrite leaves as they are, in text order (info findings cost nothing). */
export function rewriteLeftovers(findings: readonly Finding[]): Leftover[] {
  return findings.filter((f) => f.severity !== 'info' && !isRewritable(f)).map((finding) => ({ finding, why: whyLeft(finding) }));
}
