// A demand made only of some applicants: "People in recovery are welcome; if in recovery, one
// year of sobriety required" asks nothing of an applicant who is not in recovery, so the job does
// not require lived experience (the length of sobriety is still a hiring barrier for those it
// applies to: the barrier check reads it on its own). Cues: livedExperience.applicantConditionCues.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { spaceOrHyphen } from '../text/tokenize.js';
import { onlyCommasBetween } from './comma-clause.js';

/**
 * The mention at first..end is asked only on a condition of the applicant's own status: a
 * condition that opens a clause and holds the mention or stands before it in that clause ("if in
 * recovery, one year of sobriety", "Applicants in recovery must have ..."; not "license where
 * applicable, two years in recovery", where it is the license's), one right after the mention ("one
 * year of sobriety for applicants in recovery"), or one right after a required cue that follows it
 * ("one year of sobriety is required for those in recovery"). A condition in another
 * clause ("Lived experience required; where applicable, certification within a year") or after
 * a comma ("required, and where applicable ...") leaves the demand standing.
 */
export function askedOnlyOnACondition(doc: AnalysisDocument, lex: CompiledLexicons, first: number, end: number, sentence: number): boolean {
  const s = doc.structure.sentences[sentence]!;
  const le = lex.livedExperience;
  const conditions = le.applicantCondition.matchAll(doc.tokens, s.first, s.endTok);
  if (!conditions.length) return false;
  if (conditions.some((c) => c.first <= first && opensAClause(doc, c.first) && onlyCommasBetween(doc, c.first + 1, first))) return true;
  const after = conditions.filter((c) => c.first >= end);
  if (!after.length) return false;
  // A condition that names the applicant's own experience and closes the clause conditions the
  // demand before it however it is worded, with no mark between ("At least two years sober and
  // clean if in recovery"; not "Lived experience is required, with two years of sobriety if in
  // recovery"; "where applicable" names none: "two years in recovery and a license where applicable").
  const unbroken = (to: number) => {
    for (let k = end; k <= to; k++) if (!spaceOrHyphen(doc.tokens[k]!.gap)) return false;
    return true;
  };
  if (le.ownStatusCondition.matchAll(doc.tokens, end, s.endTok).some((c) => closesAClause(doc, c.end, s.endTok) && unbroken(c.first)))
    return true;
  // Right after the mention, with no cue between: "One year of sobriety for applicants in recovery".
  if (after.some((c) => c.first === end && doc.tokens[c.first]!.gap === 'space')) return true;
  return le.required
    .matchAll(doc.tokens, end, s.endTok)
    .some((r) => onlyCommasBetween(doc, end + 1, r.first) && after.some((c) => c.first === r.end && doc.tokens[c.first]!.gap === 'space'));
}

/** The word opens its sentence, follows a punctuation mark or a new line, or follows "and", "or",
 * "but", or the "that" of a request ("asks that staff in recovery have ..."). */
function opensAClause(doc: AnalysisDocument, at: number): boolean {
  const t = doc.tokens[at]!;
  if (!spaceOrHyphen(t.gap)) return true;
  const before = doc.tokens[at - 1]?.norm;
  return before === 'and' || before === 'or' || before === 'but' || before === 'that';
}

/** The clause ends at token `end`: the sentence ends there, or a semicolon or a full stop follows. */
function closesAClause(doc: AnalysisDocument, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd) return true;
  const between = doc.text.slice(doc.tokens[end - 1]!.end, doc.tokens[end]!.start);
  return /[;.]/.test(between);
}
