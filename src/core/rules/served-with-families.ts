// The people served and their families named together as whom the job serves ("offers support to
// consumers of mental health services and their family members") make a role that is neither a
// consumer peer's nor a family member peer's alone: a general peer role (lexicons/roles.json
// servedWithFamilies). Only the first sentence that says whom the job serves is read; families
// met further on are met in passing ("can bring hope to clients and their families" after "It
// serves adults with ..."), as are a duty in a list ("meet with clients and their family
// members"), the agency describing itself, and children and their families (a parent/caregiver
// population, read by the category cues).
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { BULLET } from '../text/document-structure.js';

/** How far back from the families the people served are looked for, in tokens. */
const PEOPLE_WINDOW = 8;

/** Where the job is said to serve people and their families together, or null. */
export function servedWithFamilies(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  describesTheJob: (sentence: number) => boolean,
): { first: number; end: number } | null {
  const { structure, tokens, text } = doc;
  const { families, people } = lex.roles.servedWithFamilies;
  const { peerTitles } = lex.roles;
  // The title names the job, not whom it serves ("Peer Support Specialist - Adult Outpatient").
  const title = structure.title ? doc.tokenRange(structure.title.start, structure.title.end) : null;
  for (let i = 0; i < structure.sentences.length; i++) {
    const sent = structure.sentences[i]!;
    if (title && sent.first < title[1] && sent.endTok > title[0]) continue;
    if (BULLET.test(text.slice(doc.lineStart(sent.start), sent.end)) || !describesTheJob(i)) continue;
    // The job's names in the sentence ("the Peer Support Worker"); "peer" alone names none.
    const jobNames = peerTitles.matcher.matchAll(tokens, sent.first, sent.endTok).filter((m) => !peerTitles.entries[m.payload]!.weak);
    const inJobName = (t: number) => jobNames.some((m) => t >= m.first && t < m.end);
    const h = structure.headings[sent.heading];
    const inSummary = h !== undefined && lex.roles.summaryHeadings.test(tokens, ...doc.tokenRange(h.start, h.end));
    if (!inSummary && !jobNames.length) continue;
    const served = people.matchAll(tokens, sent.first, sent.endTok).filter((m) => !inJobName(m.first));
    if (!served.length) continue;
    // The first sentence that says whom the job serves decides.
    for (const m of families.matchAll(tokens, sent.first, sent.endTok)) {
      // The nearest person noun before the families says whose families they are.
      let who = -1;
      for (let t = m.first - 1; t >= Math.max(sent.first, m.first - PEOPLE_WINDOW) && who < 0; t--)
        if (lex.personNouns.has(tokens[t]!.norm)) who = t;
      if (who >= 0 && served.some((p) => p.first === who)) return { first: who, end: m.end };
    }
    return null;
  }
  return null;
}
