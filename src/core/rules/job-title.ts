// A title that names a job the lexicons do not list ("Staff Accountant", "Housing Specialist –
// Homeless Services"): its first part ends with a word that ends job titles (roles.json
// jobTitleHeads), maybe followed by a rank ("Specialist II"). Such a title is the job, whatever
// peer roles the page mentions around it ("works closely with our peer navigators").
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { Mention } from './lived-experience.js';

/** The head of the title's job name as a token range, or null when the title does not read as a job's name. */
export function jobTitleHead(doc: AnalysisDocument, lex: CompiledLexicons, title: readonly [number, number]): [number, number] | null {
  const { tokens } = doc;
  const [start, stop] = title;
  if (start >= stop) return null;
  // The name is the title's first part: a dash, parenthesis, comma or bar ends it.
  let end = start + 1;
  while (end < stop && (tokens[end]!.gap === 'space' || tokens[end]!.gap === 'hyphen')) end++;
  while (end - 1 > start && lex.roles.jobTitleLevels.matchAll(tokens, end - 1, end).length) end--;
  const head = lex.roles.jobTitleHeads.matchAll(tokens, start, end).find((m) => m.end === end);
  return head ? [start, end] : null;
}

/**
 * What says the job itself is a peer role: a sentence in the job's own part ("As a peer, you will
 * ...", "This is a peer position"), or a requirement or preference for the applicant's own
 * experience worded as peer work ("Experience as a family member of an adult receiving mental
 * health services preferred"). A preference for another kind of experience ("Lived experience of
 * homelessness is a plus") does not make an outreach job a peer job.
 */
export function jobIsPeerCue(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  ownPart: (sentence: number) => boolean,
  asked: readonly Mention[],
): { first: number; end: number } | undefined {
  const { sentences, sentenceOf } = doc.structure;
  const said = lex.roles.jobIsPeerCues.matchAll(doc.tokens).find((m) => ownPart(sentenceOf[m.first]!));
  if (said) return said;
  for (const m of asked) {
    if (m.strength === 'mentioned') continue;
    const s = sentences[m.sentence]!;
    const cue = lex.roles.peerSummaryCues.matchAll(doc.tokens, s.first, s.endTok)[0];
    if (cue) return cue;
  }
  return undefined;
}
