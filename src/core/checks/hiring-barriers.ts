// Hiring barriers for people in recovery (degrees, fixed "years clean", records), read where the
// posting describes the job.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { describesTheJob } from '../rules/agency-sections.js';
import { labelValueTokens, lineLabels } from '../rules/label-value-lines.js';
import { readLivedExperience } from '../rules/lived-experience.js';
import { bracketCloseAfter, openBracketBefore } from '../rules/open-bracket.js';
import { joinNearby, runPatternRules } from '../rules/pattern-rule-runner.js';
import { recoveryLengthsAfterComma } from '../rules/recovery-length-after-comma.js';
import { findingFromMatch } from '../rules/rule-findings.js';
import type { DocumentCheck } from './check.js';

export const hiringBarriers: DocumentCheck = {
  id: 'hiring-barriers',
  family: 'role',
  rules: [],
  // A labelled line ("Sobriety: 2 years") is read as one phrase, as the language patterns read it.
  run: ({ doc, lex }) => {
    const jobSentence = describesTheJob(doc, lex);
    const byPattern = runPatternRules(doc, lex, lex.barriers, {
      skipLiteral: false,
      sentenceFilter: jobSentence,
      matchTokens: labelValueTokens(doc, lex),
    });
    // A length of recovery after a comma, in a sentence no pattern found one in.
    const afterComma = recoveryLengthsAfterComma(doc, lex, jobSentence).filter(
      (m) => !byPattern.some((p) => p.sentence === m.sentence && p.entry === m.entry),
    );
    const matches = joinNearby([...byPattern, ...afterComma].sort((a, b) => a.first - b.first));
    const keptOnItsLine = barrierKeptOnItsLine(doc, lex);
    const waived = waivedBarriers(
      doc,
      lex,
      matches.map((m) => lex.barriers.entries[m.entry]!.id),
      jobSentence,
    );
    return matches
      .filter(
        (m) =>
          !(waived.has(lex.barriers.entries[m.entry]!.id) && !keptOnItsLine(m)) &&
          !underPreferredLabel(doc, lex, m.sentence) &&
          !insteadOfLivedExperience(doc, lex, m) &&
          !saidOfSomeoneNamed(doc, lex, m) &&
          !endsWithOr(doc, m.sentence),
      )
      .map((m) => findingFromMatch(doc, m, lex.barriers.entries[m.entry]!, 'role'));
  },
};

/** The barriers that another part of the job's text makes none (lexicons/duties.json
 * barrierWaivers: driving is part of the job, education may be replaced). Read only for a barrier
 * that was found. */
function waivedBarriers(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  found: readonly string[],
  jobSentence: (sentence: number) => boolean,
): Set<string> {
  const waived = new Set<string>();
  for (const id of new Set(found)) {
    const waiver = lex.barrierWaivers[id];
    if (waiver?.matchAll(doc.tokens).some((m) => jobSentence(doc.structure.sentenceOf[m.first]!))) waived.add(id);
  }
  return waived;
}

/** The barrier's own line keeps it whatever the rest of the posting says ("Driver's license (teams
 * use county cars; the clinician drives)": the brackets' semicolon ends a sentence, not the line).
 * Each line is read once per barrier, however many barriers it holds. */
function barrierKeptOnItsLine(doc: AnalysisDocument, lex: CompiledLexicons): (m: { entry: number; first: number }) => boolean {
  const read = new Map<string, boolean>();
  return (m) => {
    const id = lex.barriers.entries[m.entry]!.id;
    const keeper = lex.barrierKeepers[id];
    if (!keeper) return false;
    const at = doc.lines.lineAt(doc.tokens[m.first]!.start);
    const key = `${id} ${at}`;
    let kept = read.get(key);
    if (kept === undefined) {
      const line = doc.lines.lines[at]!;
      kept = keeper.test(doc.tokens, ...doc.tokenRange(line.start, line.end));
      read.set(key, kept);
    }
    return kept;
  };
}

/** Pronouns a bracket after them describes ("you would work with me (a certified peer, nine years in recovery)"). */
const DESCRIBED_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them']);

/**
 * The barrier stands in brackets after a person or a job named before them, and describes that
 * person: "Reports to: Peer Team Lead (a certified specialist with 20 years in recovery)". After a
 * requirement ("Lived experience required (at least 2 years in recovery)") it is the requirement's.
 */
function saidOfSomeoneNamed(doc: AnalysisDocument, lex: CompiledLexicons, m: { first: number; sentence: number }): boolean {
  const { tokens } = doc;
  const s = doc.structure.sentences[m.sentence]!;
  const bracket = openBracketBefore(doc, m.first, s.first);
  if (bracket <= s.first) return false;
  const last = tokens[bracket - 1]!;
  // "Peer Recovery Coach (2 years in recovery required)": the bracket asks it of the job's holder.
  if (lex.livedExperience.required.test(tokens, bracket, bracketCloseAfter(doc, m.first, s.endTok))) return false;
  if (DESCRIBED_PRONOUNS.has(last.norm) || lex.personNouns.has(last.norm)) return true;
  const endsAt = (ms: readonly { end: number }[]) => ms.some((x) => x.end === bracket);
  return (
    endsAt(lex.roles.jobTitleHeads.matchAll(tokens, s.first, bracket)) ||
    endsAt(lex.roles.peerTitles.matcher.matchAll(tokens, s.first, bracket)) ||
    endsAt(lex.roles.nonPeerTitles.matcher.matchAll(tokens, s.first, bracket))
  );
}

/**
 * The barrier's sentence ends its line with "or" ("1. Bachelor's degree from an accredited
 * college; OR" over "2. High school diploma and three years of related work"): it is one of the ways
 * in that the lines after it list, not a requirement of its own.
 */
function endsWithOr(doc: AnalysisDocument, sentence: number): boolean {
  const s = doc.structure.sentences[sentence]!;
  // The "or" after a semicolon stands as a sentence of its own.
  const next = doc.structure.sentences[sentence + 1];
  const last =
    next && next.endTok === next.first + 1 && doc.lineStart(next.start) === doc.lineStart(s.start)
      ? doc.tokens[next.first]!
      : doc.tokens[s.endTok - 1]!;
  if (last.norm !== 'or') return false;
  const line = doc.lines.lines[doc.lines.lineAt(last.start)]!;
  return doc.text.slice(last.end, line.start + line.text.length).trim() === '';
}

/** How many words a substitute cue may open before the barrier it names ("or a bachelor's"). */
const SUBSTITUTE_LEAD = 3;

/**
 * The barrier is the other way in that a lived-experience mention before it in its sentence
 * offers ("Lived experience of parenting a child with ..., OR a degree in social work and a year with families"):
 * one of two ways to qualify, which the lived-experience reading already found (the mention is
 * only mentioned), is no requirement of its own.
 */
function insteadOfLivedExperience(doc: AnalysisDocument, lex: CompiledLexicons, m: { first: number; sentence: number }): boolean {
  const s = doc.structure.sentences[m.sentence]!;
  const cue = lex.livedExperience.substitute
    .matchAll(doc.tokens, Math.max(s.first, m.first - SUBSTITUTE_LEAD), m.first + 1)
    .find((c) => c.first <= m.first && c.end > m.first);
  if (!cue) return false;
  return readLivedExperience(doc, lex).mentions.some((x) => x.sentence === m.sentence && x.end <= cue.first && x.strength === 'mentioned');
}

/**
 * What a sentence asks is only preferred when its heading or the label opening its line says so
 * ("Preferred Qualifications", "Desirable: A full driving licence"; lexicons/lived-experience.json
 * preferredHeadings), unless the heading names the requirements first ("Required and Preferred").
 */
function underPreferredLabel(doc: AnalysisDocument, lex: CompiledLexicons, sentence: number): boolean {
  const { preferredHeadings, requiredHeadings } = lex.livedExperience;
  const s = doc.structure.sentences[sentence]!;
  const heading = doc.structure.headings[s.heading];
  if (heading) {
    const [a, b] = doc.tokenRange(heading.start, heading.end);
    const preferred = preferredHeadings.matchAll(doc.tokens, a, b)[0];
    if (preferred && !requiredHeadings.matchAll(doc.tokens, a, preferred.first).length) return true;
  }
  const label = lineLabels(doc, lex).find((l) => l.first === s.first);
  return label !== undefined && preferredHeadings.test(doc.tokens, label.first, label.end);
}
