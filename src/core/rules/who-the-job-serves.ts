// The sentence that says whom the job serves: the first one of the body that names the job (or
// sits under a summary heading) and the people it serves, in the job's own words (not a list
// item, not the agency describing itself). The population served decides the category when the
// cues across the text leave it open; and the people served and their families named together
// there ("offers support to consumers of mental health services and their family members") make
// a role that is neither a consumer peer's nor a family member peer's alone (lexicons/roles.json
// servedWithFamilies). Families met further on are met in passing ("can bring hope to clients and
// their families" after "It serves adults with ..."), as are children and their families (a
// parent/caregiver population, read by the category cues).
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { BULLET } from '../text/document-structure.js';

/** How far back from the families the people served are looked for, in tokens. */
const PEOPLE_WINDOW = 8;

/** The index of the sentence that says whom the job serves, or null. */
export function whoTheJobServes(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  describesTheJob: (sentence: number) => boolean,
): number | null {
  const { structure, tokens, text } = doc;
  const { peerTitles, categoryCues, servedWithFamilies } = lex.roles;
  // The title names the job, not whom it serves ("Peer Support Specialist - Adult Outpatient").
  const title = structure.title ? doc.tokenRange(structure.title.start, structure.title.end) : null;
  for (let i = 0; i < structure.sentences.length; i++) {
    const sent = structure.sentences[i]!;
    if (title && sent.first < title[1] && sent.endTok > title[0]) continue;
    if (BULLET.test(text.slice(doc.lineStart(sent.start), sent.end)) || !describesTheJob(i)) continue;
    // The job's names in the sentence ("the Peer Support Worker"); "peer" alone names none.
    const jobNames = peerTitles.matcher.matchAll(tokens, sent.first, sent.endTok).filter((m) => !peerTitles.entries[m.payload]!.weak);
    const outsideJobNames = (m: { first: number }) => !jobNames.some((j) => m.first >= j.first && m.first < j.end);
    const h = structure.headings[sent.heading];
    const inSummary = h !== undefined && lex.roles.summaryHeadings.test(tokens, ...doc.tokenRange(h.start, h.end));
    if (!inSummary && !jobNames.length) continue;
    const named = [
      ...servedWithFamilies.people.matchAll(tokens, sent.first, sent.endTok),
      ...categoryCues.matcher.matchAll(tokens, sent.first, sent.endTok),
    ];
    if (named.some(outsideJobNames)) return i;
  }
  return null;
}

/** Where the sentence that says whom the job serves names the people and their families together, or null. */
export function servedWithFamilies(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  sentence: number | null,
): { first: number; end: number } | null {
  if (sentence === null) return null;
  const { tokens } = doc;
  const { families, people } = lex.roles.servedWithFamilies;
  const sent = doc.structure.sentences[sentence]!;
  for (const m of families.matchAll(tokens, sent.first, sent.endTok)) {
    // The nearest person noun before the families says whose families they are.
    let who = -1;
    for (let t = m.first - 1; t >= Math.max(sent.first, m.first - PEOPLE_WINDOW) && who < 0; t--)
      if (lex.personNouns.has(tokens[t]!.norm)) who = t;
    if (who >= 0 && people.test(tokens, who, who + 1)) return { first: who, end: m.end };
  }
  return null;
}
