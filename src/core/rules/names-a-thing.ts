// A role's name that goes on into a course's, a program's or a body's name names that thing, not
// a job: "CCAR Recovery Coach Academy", "Peer Specialist Training", "the peer support program"
// (context.json namedThings and organizationWords, read with the name's next word).
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { spaceOrHyphen } from '../text/tokenize.js';

/** Words after "peer" that go on with the work it names, before a program's or a group's noun ("peer support program"). */
const PEER_WORK_WORDS = new Set(['support', 'recovery', 'run', 'led']);

/**
 * The name ending before token `end` goes on into a thing's name. `acrossPeerWork`: a word of peer
 * work may stand between ("peer" in "the peer support program").
 */
export function namesAThingAfter(doc: AnalysisDocument, lex: CompiledLexicons, end: number, acrossPeerWork = false): boolean {
  const { tokens } = doc;
  let k = end;
  if (acrossPeerWork && tokens[k] && PEER_WORK_WORDS.has(tokens[k]!.norm) && spaceOrHyphen(tokens[k]!.gap)) k++;
  const next = tokens[k];
  if (!next || !spaceOrHyphen(next.gap)) return false;
  const { namedThings, organizationWords } = lex.nameWords;
  return namedThings.has(next.norm) || organizationWords.has(next.norm);
}
