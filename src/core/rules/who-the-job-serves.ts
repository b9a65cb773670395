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
import { onAListItem } from '../text/document-structure.js';
import { startsWithCapital } from '../text/capital-letter.js';

/** How far back from the families the people served are looked for, in tokens. */
const PEOPLE_WINDOW = 8;

/**
 * How far after the sentence's first mention of the people served their families may come, in
 * tokens: further on they belong to another clause ("supports adults in drug court as they work
 * through treatment, and leads a family night for participants and their families").
 */
const FIRST_MENTION_WINDOW = 12;

/** The job's names in a sentence ("the Peer Support Worker"); "peer" alone names none. */
export function jobNamesIn(doc: AnalysisDocument, lex: CompiledLexicons, first: number, end: number): { first: number; end: number }[] {
  const { peerTitles } = lex.roles;
  return peerTitles.matcher.matchAll(doc.tokens, first, end).filter((m) => !peerTitles.entries[m.payload]!.weak);
}

const outside = (names: readonly { first: number; end: number }[]) => (t: number) => !names.some((j) => t >= j.first && t < j.end);

/** The index of the sentence that says whom the job serves, or null. */
export function whoTheJobServes(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  describesTheJob: (sentence: number) => boolean,
): number | null {
  const { structure, tokens } = doc;
  const { categoryCues, servedWithFamilies } = lex.roles;
  // The title names the job, not whom it serves ("Peer Support Specialist - Adult Outpatient").
  const title = structure.title ? doc.tokenRange(structure.title.start, structure.title.end) : null;
  // The title's last word names the job too ("Our coaches support ..." under "Recovery Coach").
  const titleName = title ? jobNamesIn(doc, lex, title[0], title[1])[0] : undefined;
  const head = titleName ? tokens[titleName.end - 1]!.norm : null;
  const isHead = (norm: string) => head !== null && (norm === head || norm === `${head}s` || norm === `${head}es`);
  for (let i = 0; i < structure.sentences.length; i++) {
    const sent = structure.sentences[i]!;
    if (title && sent.first < title[1] && sent.endTok > title[0]) continue;
    if (onAListItem(doc, sent) || !describesTheJob(i)) continue;
    const names = jobNamesIn(doc, lex, sent.first, sent.endTok);
    const h = structure.headings[sent.heading];
    const inSummary = h !== undefined && lex.roles.summaryHeadings.test(tokens, ...doc.tokenRange(h.start, h.end));
    const namesTheJob = names.length > 0 || tokens.slice(sent.first, sent.endTok).some((t) => isHead(t.norm));
    if (!inSummary && !namesTheJob) continue;
    const named = [
      ...servedWithFamilies.people.matchAll(tokens, sent.first, sent.endTok),
      ...categoryCues.matcher.matchAll(tokens, sent.first, sent.endTok),
    ];
    if (named.some((m) => outside(names)(m.first))) return i;
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
  const isOutside = outside(jobNamesIn(doc, lex, sent.first, sent.endTok));
  // A person noun that opens a run of capitalized words names a job the lexicon does not know
  // ("Peer Crisis Counselors answer ..."), not the people served; text all in capitals names none.
  const titleCase = (t: number) => startsWithCapital(tokens[t]!.raw) && tokens[t]!.raw !== tokens[t]!.raw.toUpperCase();
  const opensAName = (t: number) => titleCase(t) && t + 1 < sent.endTok && tokens[t + 1]!.gap === 'space' && titleCase(t + 1);
  const firstMention = people.matchAll(tokens, sent.first, sent.endTok).find((p) => isOutside(p.first) && !opensAName(p.first))?.first;
  if (firstMention === undefined) return null;
  for (const m of families.matchAll(tokens, sent.first, sent.endTok)) {
    if (m.first < firstMention || m.first - firstMention > FIRST_MENTION_WINDOW) continue;
    // The nearest person noun before the families says whose families they are.
    let who = -1;
    for (let t = m.first - 1; t >= Math.max(sent.first, m.first - PEOPLE_WINDOW) && who < 0; t--)
      if (lex.personNouns.has(tokens[t]!.norm)) who = t;
    if (who >= 0 && people.test(tokens, who, who + 1)) return { first: who, end: m.end };
  }
  return null;
}
