// What a posting says of the organization around the peer (lexicons/duties.json signals): the
// first match of each kind, so a check can tell what is said from what is left out.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import type { DutiesFile } from '../lexicon/schema.js';
import { isNumberWord } from '../patterns/compile-pattern.js';
import { isSumOfMoney } from '../text/money.js';
import { labelValueTokens, lineLabels } from './label-value-lines.js';
import { runPatternRules } from './pattern-rule-runner.js';
import { oncePerDocument } from './once-per-document.js';

export type SignalKind = DutiesFile['signals'][number]['kind'];

type Signals = ReadonlyMap<SignalKind, { first: number; end: number }>;

/** Read once per document: the organizational check and the job seeker's questions both ask. */
export const postingSignals = oncePerDocument(readSignals);

function readSignals(doc: AnalysisDocument, lex: CompiledLexicons): Signals {
  const signals = new Map<SignalKind, { first: number; end: number }>();
  // A labelled line reads as one phrase ("Supervisor: Clinical Director", "Supervision: Peer Lead");
  // an entry's guards hold ("Salary: commensurate with experience" names no sum).
  const matches = runPatternRules(doc, lex, lex.signals, {
    skipLiteral: false,
    keepOverlaps: true,
    matchTokens: labelValueTokens(doc, lex),
  });
  const namesTheSupervisor = supervisorPhrase(doc, lex, matches);
  for (const m of matches.sort((a, b) => a.first - b.first)) {
    const kind = lex.signals.entries[m.entry]!.kind;
    if (!namesTheSupervisor(m)) continue;
    if (!signals.has(kind)) signals.set(kind, m);
  }
  // A sum of money states pay without a pay word ("Range: $41,200 - $48,900"), unless its line
  // makes it a fee, a bonus or funding (document-kind.json moneyNotPay); so does a number per a
  // unit of time after a slash ("22.50/hr"), where a number and a bare "year" would read "one
  // year" of experience as pay.
  if (!signals.has('pay')) {
    // Read in the sum's sentence: a paragraph that states pay may go on to say a parent "raised" a child.
    const notPay = (at: number) => {
      const s = doc.structure.sentences[doc.structure.sentenceOf[at]!]!;
      if (!lex.documentKind.moneyNotPay.test(doc.tokens, s.first, s.endTok)) return false;
      // A benefits list ("Competitive pay ($21 to $27 per hour), medical ..., tuition
      // reimbursement"): a sum per a unit of time in an item of its own is pay whatever the other items are.
      const [from, to] = listItemAround(doc, at, s.first, s.endTok);
      return (
        lex.documentKind.moneyNotPay.test(doc.tokens, from, to) || !doc.tokens.slice(at + 1, to).some((t) => lex.payUnitsOfTime.has(t.norm))
      );
    };
    const at = doc.tokens.findIndex(
      (t, i) => /^\d/.test(t.norm) && ((isSumOfMoney(doc.text, t) && !notPay(i)) || perUnitOfTime(doc, lex, i)),
    );
    if (at >= 0) signals.set('pay', { first: at, end: at + 1 });
  }
  if (!signals.has('pay')) {
    const grade = payGradeLabel(doc, lex);
    if (grade) signals.set('pay', grade);
  }
  if (!signals.has('reporting-line')) {
    const label = reportingLabel(doc, lex);
    if (label) signals.set('reporting-line', label);
  }
  if (!signals.has('peer-team')) {
    const team = peerTeamByMembers(doc, lex);
    if (team) signals.set('peer-team', team);
  }
  return signals;
}

/** More than one peer named by the peers themselves: "four other recovery coaches", "another peer specialist". */
function peerTeamByMembers(doc: AnalysisDocument, lex: CompiledLexicons): { first: number; end: number } | null {
  const { tokens } = doc;
  const cues = lex.peerTeamCues;
  const titles = lex.roles.peerTitles.matcher.matchAll(tokens);
  // Titles come in the order they start; one that overlaps a title's start starts at most the
  // longest title's length before it, so only those few are read back (not every title, per title).
  const longest = titles.reduce((n, t) => Math.max(n, t.end - t.first), 0);
  for (let k = 0; k < titles.length; k++) {
    const m = titles[k]!;
    if (lex.roles.peerTitles.entries[m.payload]!.weak) continue;
    // The whole title where another title overlaps its start: "Youth Peer Advocates" is "youth
    // peer" and "peer advocates", and the cue stands before "Youth".
    let first = m.first;
    for (let j = k - 1; j >= 0 && titles[j]!.first > m.first - longest; j--) {
      const t = titles[j]!;
      if (t.first < first && t.end > m.first) first = t.first;
    }
    const before = m.plural ? cues.beforePlural : cues.beforeSingular;
    const cue = before.matchAll(tokens, Math.max(0, first - 4), first).find((c) => c.end === first);
    if (cue) return { first: cue.first, end: m.end };
    // "six peer specialists" (a number needs no words of its own in the data).
    const prev = tokens[first - 1];
    if (m.plural && prev && prev.gap !== 'line' && isNumberWord(prev.norm) && !ONE.has(prev.norm)) return { first: first - 1, end: m.end };
  }
  return null;
}

const ONE = new Set(['one', '1']);

/** The tokens of the list item (between commas or semicolons in its sentence) that holds token i. */
function listItemAround(doc: AnalysisDocument, i: number, first: number, end: number): [number, number] {
  const breaksBefore = (k: number) => /[,;]/.test(doc.text.slice(doc.tokens[k - 1]!.end, doc.tokens[k]!.start));
  let from = i;
  while (from > first && !breaksBefore(from)) from--;
  let to = i + 1;
  while (to < end && !breaksBefore(to)) to++;
  return [from, to];
}

/** "22.50/hr", "45,000/year": a number, a slash, and a unit of time right after it (duties.json payUnitsOfTime). */
function perUnitOfTime(doc: AnalysisDocument, lex: CompiledLexicons, i: number): boolean {
  const next = doc.tokens[i + 1];
  return next !== undefined && lex.payUnitsOfTime.has(next.norm) && doc.text.slice(doc.tokens[i]!.end, next.start).trim() === '/';
}

/** A line opened by a label that names the peer's supervisor, whatever its value holds
 * ("Responsible to: Team Manager, Community Wellbeing"; lexicons/duties.json reportingLabels). */
function reportingLabel(doc: AnalysisDocument, lex: CompiledLexicons): { first: number; end: number } | null {
  const atLineStart = lineLabels(doc, lex).find((l) => lex.reportingLabels.test(doc.tokens, l.first, l.end));
  return atLineStart ?? sentenceLabel(doc, lex);
}

/** A label that opens a sentence inside a line of several ("Hourly rate $17.00. Supervisor: Office
 * Manager."): its words (at most four) up to a colon. */
function sentenceLabel(doc: AnalysisDocument, lex: CompiledLexicons): { first: number; end: number } | null {
  const { tokens, text } = doc;
  for (const s of doc.structure.sentences) {
    if (s.first === 0 || tokens[s.first]!.gap === 'line' || tokens[s.first]!.gap === 'break') continue;
    for (let k = s.first; k < Math.min(s.endTok - 1, s.first + 4); k++) {
      if (!/^[ \t]*:/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) continue;
      if (lex.reportingLabels.test(tokens, s.first, k + 1)) return { first: s.first, end: k + 1 };
      break;
    }
  }
  return null;
}

type SignalMatch = { entry: number; first: number; end: number };

/**
 * Whether a match stands where its entry may be read: an entry with namesTheSupervisor (a
 * credential: "LCSW", "a registered nurse") describes the supervisor only within a few words after
 * a reporting cue of its sentence ("supervised by the Team Leader, a licensed clinical social
 * worker"), with no clause between ("supervised by the Program Manager; collaborates with the
 * team's LCSW"). The cues are the reporting-line matches and any "supervis..." word.
 */
function supervisorPhrase(doc: AnalysisDocument, lex: CompiledLexicons, matches: readonly SignalMatch[]): (m: SignalMatch) => boolean {
  const breaks = lex.supervisorPhraseBreaks;
  if (!matches.some((m) => breaks[m.entry])) return () => true;
  const { tokens, text } = doc;
  const { sentenceOf } = doc.structure;
  const cueEnds = matches.filter((m) => lex.signals.entries[m.entry]!.kind === 'reporting-line').map((m) => m.end);
  tokens.forEach((t, i) => {
    if (t.norm.startsWith('supervis')) cueEnds.push(i + 1);
  });
  return (m) => {
    const rule = lex.signals.entries[m.entry]!.namesTheSupervisor;
    const ends = breaks[m.entry];
    if (!rule || !ends) return true;
    return cueEnds.some(
      (e) =>
        e <= m.first &&
        m.first - e <= rule.within &&
        sentenceOf[e - 1] === sentenceOf[m.first] &&
        !/[;]/.test(text.slice(tokens[e - 1]!.end, tokens[m.first]!.start)) &&
        !ends.test(tokens, e, m.first),
    );
  };
}

/** A line label that is a pay grade or band, with a number in its value ("Grade: 22, Step 1-5"). */
function payGradeLabel(doc: AnalysisDocument, lex: CompiledLexicons): { first: number; end: number } | null {
  const { tokens } = doc;
  for (const l of lineLabels(doc, lex)) {
    if (!lex.payGradeLabels.matchAll(tokens, l.first, l.end).some((m) => m.first === l.first && m.end === l.end)) continue;
    for (let k = l.end; k < tokens.length && (k === l.end || (tokens[k]!.gap !== 'line' && tokens[k]!.gap !== 'break')); k++)
      if (/\d/.test(tokens[k]!.norm)) return l;
  }
  return null;
}
