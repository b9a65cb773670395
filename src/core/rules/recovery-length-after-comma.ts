// A fixed length of recovery set off by a comma after the requirement it measures ("Must be in
// long term recovery from addiction, 2+ yrs", "Personal recovery from a substance use disorder,
// minimum 2 years, required"): the barrier patterns never cross punctuation, so such a length is
// read here, after a required mention of the lived-experience reading that names recovery.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { readLivedExperience } from './lived-experience.js';
import type { AcceptedMatch } from './pattern-rule-runner.js';

/** The barrier a fixed length of recovery is (lexicons/duties.json). */
const YEARS_CLEAN = 'barrier-years-clean';
/** Words that name recovery, sobriety or abstinence in a mention. */
const NAMES_RECOVERY = /^(recover|sobriety$|sober$|abstinen|clean$)/;
/** Words between the mention and the length that make it the length of something else ("..., and 2 years of work experience"). */
const OTHER_LENGTH = /^(experience|work|working|employment|job|jobs|paid|volunteer|volunteering)$/;

export function recoveryLengthsAfterComma(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  jobSentence: (sentence: number) => boolean,
): AcceptedMatch[] {
  const entry = lex.barriers.entries.findIndex((e) => e.id === YEARS_CLEAN);
  if (entry < 0) return [];
  const { tokens, structure } = doc;
  const found: AcceptedMatch[] = [];
  for (const m of readLivedExperience(doc, lex).mentions) {
    if (m.strength !== 'required' || !jobSentence(m.sentence)) continue;
    let names = false;
    for (let i = m.first; i < m.end && !names; i++) names = NAMES_RECOVERY.test(tokens[i]!.norm);
    if (!names) continue;
    const s = structure.sentences[m.sentence]!;
    const value = lex.livedExperience.recoveryTimeValues.matchAll(tokens, m.end, s.endTok).find((v) => tokens[v.first]!.gap === 'punct');
    if (!value) continue;
    if (tokens.slice(m.end, value.end).some((t) => OTHER_LENGTH.test(t.norm))) continue;
    found.push({ entry, first: value.first, end: value.end, plural: false, sentence: m.sentence });
  }
  return found;
}
