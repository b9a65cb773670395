// Where a posting names peer work (lexicons/duties.json): the competencies' own phrases, and a
// verb with what it acts on (competencyReading: "linking tenants with community groups",
// "sharing insights from your own recovery") in the job's own sentences, so wording no phrase
// lists still counts while a verb on a chart or a phone line does not. Read once per document:
// the competency check and the job seeker's verdict both ask.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { PhraseMatcher } from '../patterns/phrase-matcher.js';
import { startsWithCapital } from '../text/capital-letter.js';
import { describesTheJob, listsOtherPostings } from './agency-sections.js';
import { onlyCommasBetween } from './comma-clause.js';
import { oncePerDocument } from './once-per-document.js';

export interface CompetencyMatch {
  first: number;
  end: number;
  /** Index into `lex.competencies.entries`. */
  competency: number;
}

export const peerCompetencyMatches = oncePerDocument(readCompetencies);

function readCompetencies(doc: AnalysisDocument, lex: CompiledLexicons): CompetencyMatch[] {
  const { matcher, guards } = lex.competencies;
  // Not in a board's list of its other postings ("Similar jobs: Wraparound Facilitator · ...").
  const otherPostings = listsOtherPostings(doc, lex);
  const found: CompetencyMatch[] = matcher
    .matchAll(doc.tokens)
    .filter((m) => !otherWork(doc, guards[m.payload]!.unless, m) && !otherPostings(doc.structure.sentenceOf[m.first]!))
    .map((m) => ({ first: m.first, end: m.end, competency: m.payload }));
  const { verbs, objects, notObjects, shapes } = lex.competencyReading;
  if (!shapes.length) return found;
  const verbMatches = verbs.matchAll(doc.tokens);
  if (!verbMatches.length) return found;
  const objectMatches = objects.matchAll(doc.tokens);
  if (!objectMatches.length) return found;
  const notObjectMatches = notObjects.matchAll(doc.tokens);
  const jobSentence = describesTheJob(doc, lex);
  const { sentenceOf, sentences } = doc.structure;
  // Both lists come in token order: each verb looks at the objects from its end onward.
  let from = 0;
  const byPattern = found.length;
  for (const v of verbMatches) {
    while (from < objectMatches.length && objectMatches[from]!.first < v.end) from++;
    const shape = shapes[v.payload]!;
    const s = sentenceOf[v.first]!;
    if (insideAName(doc, v.first, sentences[s]!.first)) continue;
    const last = Math.min(sentences[s]!.endTok, v.end + shape.window + 1);
    for (let k = from; k < objectMatches.length && objectMatches[k]!.first < last; k++) {
      const o = objectMatches[k]!;
      if (o.payload !== v.payload || !onlyCommasBetween(doc, v.end, o.first)) continue;
      if (notObjectMatches.some((n) => n.payload === v.payload && n.first <= o.first && n.end > o.first)) continue;
      if (!jobSentence(s)) break;
      found.push({ first: v.first, end: o.end, competency: shape.competency });
      break;
    }
  }
  // In the text's order, as the phrases alone come: the verdict names the first three.
  if (found.length > byPattern) found.sort((a, b) => a.first - b.first);
  return found;
}

/** A competency's `unless` words overlap the match in its sentence ("role model positive behavior"). */
function otherWork(doc: AnalysisDocument, unless: PhraseMatcher<string> | null, m: { first: number; end: number }): boolean {
  if (!unless) return false;
  const s = doc.structure.sentences[doc.structure.sentenceOf[m.first]!]!;
  return unless.matchAll(doc.tokens, s.first, s.endTok).some((u) => u.first < m.end && u.end > m.first);
}

/** A capitalized word after another inside a sentence is part of a name ("Apex Bridge Staffing"), not a verb. */
function insideAName(doc: AnalysisDocument, at: number, sentenceFirst: number): boolean {
  const { tokens } = doc;
  return at > sentenceFirst && startsWithCapital(tokens[at]!.raw) && tokens[at]!.gap === 'space' && startsWithCapital(tokens[at - 1]!.raw);
}
