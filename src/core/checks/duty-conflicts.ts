// Duties that do not fit a peer role (clinical, power and agenda, busy work), with the reason,
// read only where the posting describes the job, not the agency: the duty patterns, then the
// duty reading (an action on an object in one clause) for what no pattern names.
import { describesTheDuties } from '../rules/agency-sections.js';
import { namedAsKnowledge, othersAsSubject, passiveForOthers, readDuties, wishInItsWords } from '../rules/duty-reading.js';
import { keptPerSentence } from '../rules/once-per-document.js';
import { openBracketBefore } from '../rules/open-bracket.js';
import { type AcceptedMatch, dropOverlaps, joinNearby, runPatternRules } from '../rules/pattern-rule-runner.js';
import { findingFromMatch } from '../rules/rule-findings.js';
import { underHeadingMatching } from '../rules/under-heading.js';
import { inQuotes, type AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { BULLET } from '../text/document-structure.js';
import { spaceOrHyphen } from '../text/tokenize.js';
import type { DocumentCheck } from './check.js';

export const dutyConflicts: DocumentCheck = {
  id: 'duty-conflicts',
  family: 'role',
  rules: [],
  run: ({ doc, lex }) => {
    const describes = describesTheDuties(doc, lex);
    // What an application's questions ask of the applicant ("Describe how you would use your
    // story to support someone ...") is no duty of the job.
    const asked = underQuestionHeading(doc, lex);
    // Nor is how to apply ("Paper applications can be filled out at our reception desk").
    const applying = applyInstructions(doc, lex);
    const inJob = (s: number) => describes(s) && !asked(s) && !applying(s);
    // A duty named as what an applicant knows ("familiarity with medication administration") is
    // none; nor one whose words name the person's request or choice ("... if they ask"), as the
    // reading holds; nor one other staff do as the clause's subject ("Clinicians complete ..."),
    // one denied by "non-", or one in brackets that says why a requirement is asked.
    const patterned = runPatternRules(doc, lex, lex.duties, { skipLiteral: false, sentenceFilter: inJob }).filter(
      (p) =>
        !namedAsKnowledge(doc, lex, p.first, p.sentence) &&
        !wishInItsWords(doc, lex, p.first, p.end, p.sentence) &&
        !othersAsSubject(doc, lex, p.first, p.sentence) &&
        !passiveForOthers(doc, lex, p.end, p.sentence) &&
        !deniedByPrefix(doc, p.first) &&
        !explainsABarrier(doc, lex, p.first, p.sentence),
    );
    // A pattern's finding stays where the reading reads the same words, unless the reading finds
    // the same duty over more of them ("Collect urine samples", not "urine samples").
    // Per token, not every reading against every pattern: a long page has thousands of each.
    // Kept pattern matches do not overlap, so a token is under at most one of them.
    const patternAt = new Int32Array(doc.tokens.length).fill(-1);
    patterned.forEach((p, i) => {
      patternAt.fill(i, p.first, p.end);
    });
    const longer = (a: AcceptedMatch, b: AcceptedMatch) => a.entry === b.entry && a.end - a.first > b.end - b.first;
    const read = readDuties(doc, lex, inJob).filter((m) => {
      if (
        othersAsSubject(doc, lex, m.first, m.sentence) ||
        passiveForOthers(doc, lex, m.end, m.sentence) ||
        explainsABarrier(doc, lex, m.first, m.sentence)
      )
        return false;
      for (let t = m.first; t < m.end; t++) if (patternAt[t]! >= 0 && !longer(m, patterned[patternAt[t]!]!)) return false;
      return true;
    });
    const readAt = new Uint8Array(doc.tokens.length);
    for (const m of read) readAt.fill(1, m.first, m.end);
    const kept = patterned.filter((p) => !readAt.subarray(p.first, p.end).includes(1));
    const found = oncePerSentence(doc, joinNearby(dropOverlaps([...kept, ...read])));
    // A duty inside quotation marks is someone's words ("Good team, heavy caseloads" in a review).
    return withoutReportOfWhatIsWatched(doc, lex, found)
      .filter((m) => !inQuotes(doc, m))
      .map((m) => {
        const entry = lex.duties.entries[m.entry]!;
        return findingFromMatch(doc, m, entry, 'role', { reason: entry.reason });
      });
  },
};

/**
 * The duty stands in brackets after a requirement and says why it is asked: "Valid driver's
 * license (specialists drive the city van)" asks for a licence; the driving is the hiring-barrier
 * check's to weigh, not a duty listed.
 */
function explainsABarrier(doc: AnalysisDocument, lex: CompiledLexicons, first: number, sentence: number): boolean {
  const s = doc.structure.sentences[sentence]!;
  const inside = openBracketBefore(doc, first, s.first);
  if (inside >= 0) return lex.barriers.matcher.test(doc.tokens, s.first, inside);
  // ... or in a clause of reason after it: "a valid driver's license, because outreach workers
  // take turns driving the van", "..., as driving clients is required daily".
  const reason = reasonClauseBefore(doc, first, s.first);
  return reason >= 0 && lex.barriers.matcher.test(doc.tokens, s.first, reason);
}

/** Words that open a clause giving the reason for what comes before it. */
const REASON_WORDS = new Set(['because', 'since', 'as']);

/** The token opening a clause of reason (", because ...", ", as ...") that holds token `first`, or -1. */
function reasonClauseBefore(doc: AnalysisDocument, first: number, sentenceFirst: number): number {
  const { tokens, text } = doc;
  for (let k = first - 1; k > sentenceFirst; k--) {
    if (!REASON_WORDS.has(tokens[k]!.norm)) continue;
    // "as" gives a reason only after a comma ("such as", "as needed" do not).
    const comma = text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',');
    return tokens[k]!.norm === 'as' && !comma ? -1 : k;
  }
  return -1;
}

/** The duty's first word is denied by a "non-" joined to it: "non-clinical notes" are not clinical notes. */
function deniedByPrefix(doc: AnalysisDocument, first: number): boolean {
  return first > 0 && doc.tokens[first]!.gap === 'hyphen' && doc.tokens[first - 1]!.norm === 'non';
}

/**
 * One finding per duty and sentence, at its first words: "Keep the day room tidy until close, including
 * sweeping floors and emptying the bins" names cleaning once, and the report shows each finding as a card of
 * its own, so a second card would repeat the same advice. A list item is one sentence here, though a
 * semicolon parts it ("transport of children to visits; driving the van is most of the shift"), and its one
 * card then marks both parts, as it marks a duty the item names twice. Takes matches in text order.
 */
function oncePerSentence(doc: AnalysisDocument, matches: readonly AcceptedMatch[]): AcceptedMatch[] {
  const kept: AcceptedMatch[] = [];
  const at = new Map<string, number>();
  const { lines } = doc.lines;
  for (const m of matches) {
    const line = doc.lines.lineAt(doc.tokens[m.first]!.start);
    const item = BULLET.test(lines[line]!.text);
    const key = item ? `line ${line}:${m.entry}` : `${m.sentence}:${m.entry}`;
    const k = at.get(key);
    if (k === undefined) {
      at.set(key, kept.length);
      kept.push(m);
    } else if (item) {
      // The item's card marks the duty in each of its parts, and each time the item names it
      // ("Conduct room checks ... and complete random room searches").
      kept[k] = { ...kept[k]!, end: Math.max(kept[k]!.end, m.end) };
    }
  }
  return kept;
}

/** How many words may stand between watching compliance and the "and" that reports it. */
const REPORT_JOIN_WORDS = 6;

/**
 * "Track medication adherence and let the nurse know about missed doses":
 * the report is what the watching is for, one duty named with two verbs; the compliance finding
 * already says so, and a second card on the same line would count it twice. Only a finding of the
 * duty the one before names as included (duties.json `includesJoined`), joined by "and" in the same
 * clause right after it, that names none of the people served, joins it: the one card then marks
 * both verbs' words, so the highlight shows the whole duty.
 */
function withoutReportOfWhatIsWatched(doc: AnalysisDocument, lex: CompiledLexicons, found: AcceptedMatch[]): AcceptedMatch[] {
  const kept: AcceptedMatch[] = [];
  for (const [i, m] of found.entries()) {
    const before = found[i - 1];
    if (before && kept[kept.length - 1]?.first === before.first && joinsAsItsPurpose(doc, lex, before, m)) {
      kept[kept.length - 1] = { ...kept[kept.length - 1]!, end: m.end };
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/** The report `m` follows the watching `before` as what it is for (see withoutReportOfWhatIsWatched). */
function joinsAsItsPurpose(doc: AnalysisDocument, lex: CompiledLexicons, before: AcceptedMatch, m: AcceptedMatch): boolean {
  const { entries } = lex.duties;
  if (before.sentence !== m.sentence || entries[before.entry]!.includesJoined !== entries[m.entry]!.id) return false;
  if (m.first - before.end > REPORT_JOIN_WORDS || doc.tokens[m.first - 1]?.norm !== 'and') return false;
  // One clause: words apart only by spaces or hyphens ("take-home"), or a ratio between numbers ("on 1:1 observation").
  for (let k = before.end; k <= m.first; k++) if (!spaceOrHyphen(doc.tokens[k]!.gap) && !betweenNumbers(doc, k)) return false;
  // Reporting people to someone ("and report non-compliant clients to the psychiatrist") is a duty
  // of its own; recording what the watching saw ("night checks and a note of where each resident is") is not.
  const r = lex.dutyReading;
  const objects = r.objects.matchAll(doc.tokens, m.first, m.end);
  // ... and so is a report to the courts, probation or the police ("reports lapses to the probation officer").
  if (objects.some((o) => o.payload === r.authorities)) return false;
  const person = objects.find((o) => o.payload === r.peopleServed);
  return !person || !toSomeone(doc, person.end, m.sentence);
}

/** The gap before token `k` stands between two numbers ("1:1", "24/7"). */
function betweenNumbers(doc: AnalysisDocument, k: number): boolean {
  return /^\d+$/.test(doc.tokens[k - 1]?.norm ?? '') && /^\d+$/.test(doc.tokens[k]!.norm);
}

/** How many words after the people reported a "to" may name whom they are reported to. */
const RECIPIENT_REACH = 6;

/** A "to" after the people reported, in the same clause: they are reported to someone. */
function toSomeone(doc: AnalysisDocument, from: number, sentence: number): boolean {
  const end = Math.min(doc.structure.sentences[sentence]!.endTok, from + RECIPIENT_REACH);
  for (let k = from; k < end; k++) {
    if (k > from && doc.tokens[k]!.gap !== 'space') return false;
    if (doc.tokens[k]!.norm === 'to') return true;
  }
  return false;
}

/** Sentences under a heading over an application's questions (duties.json agencySections.questionHeadings). */
function underQuestionHeading(doc: AnalysisDocument, lex: CompiledLexicons): (sentence: number) => boolean {
  return underHeadingMatching(doc, lex.agencySections.questionHeadings);
}

/**
 * Sentences that say how to apply: under a heading that is only that ("How to Apply", "To apply"),
 * or opening with it as a label or a lead-in ("Apply: fill out a paper form at the reception desk",
 * "To apply, ask for a paper form at the office"): the heading
 * marks of a way to apply in document-kind.json postingMarks (kind "apply", where "heading").
 */
function applyInstructions(doc: AnalysisDocument, lex: CompiledLexicons): (sentence: number) => boolean {
  const { headings, sentences } = doc.structure;
  const { tokens } = doc;
  const marks = lex.lexicons.documentKind.postingMarks;
  const applyLabel = (first: number, end: number) =>
    lex.documentKind.postingMarks
      .matchAll(tokens, first, end)
      .filter((m) => m.first === first && marks[m.payload]!.kind === 'apply' && marks[m.payload]!.where === 'heading')
      .map((m) => m.end);
  const applyHeading = headings.map((h) => {
    const [first, end] = doc.tokenRange(h.start, h.end);
    return applyLabel(first, end).includes(end);
  });
  // Read once per sentence: the duty readers ask again for each candidate.
  return keptPerSentence(doc, (i) => {
    const s = sentences[i]!;
    return (
      applyHeading[s.heading] === true ||
      // "Pick up your application from reception" (duties.json agencySections.applySentenceCues)
      lex.agencySections.applySentenceCues.test(tokens, s.first, s.endTok) ||
      applyLabel(s.first, s.endTok).some(
        (end) => end < s.endTok && /^\s*[:,]/.test(doc.text.slice(tokens[end - 1]!.end, tokens[end]!.start)),
      )
    );
  });
}
