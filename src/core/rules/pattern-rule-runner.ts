// Runs a set of pattern rules over a document and keeps the matches their guards allow.
// Shared by the language, duty, barrier and prohibited-inquiry rules.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons, PatternRuleSet } from '../compiled-lexicons.js';
import { insideAny } from '../context/quoted-spans.js';
import { inAvoidCellLine } from '../context/avoid-cell-lines.js';
import { underAvoidHeading } from '../context/avoid-columns.js';
import {
  describesThing,
  standsForPeople,
  standsForPeopleByWords,
  subjectIsPerson,
  subjectIsPersonByWords,
  verbFollowsInPlaceOfPeople,
} from '../nlp/context-checks.js';
import { parseSentence, termCovering } from '../nlp/sentence-parse.js';
import { inListOfDescribingWords } from './describing-list.js';
import type { PhraseMatch, PhraseMatcher } from '../patterns/phrase-matcher.js';
import type { Token } from '../text/tokenize.js';

export interface AcceptedMatch {
  entry: number;
  first: number;
  end: number;
  plural: boolean;
  sentence: number;
}

export interface RunOptions {
  /** Language rules: skip quoted text, proper names and words being discussed. */
  skipLiteral: boolean;
  /** Only sentences for which this returns true. */
  sentenceFilter?: (sentenceIndex: number) => boolean;
  /** Keep overlapping matches (role titles: "Youth Peer" and "Peer Support Specialist" both count). */
  keepOverlaps?: boolean;
  /** A last say on a candidate its guards allowed, before overlapping matches are dropped. */
  accept?: (match: AcceptedMatch) => boolean;
  /** Tokens [first, end) where a proper name is read like other words (a division named in a job title). */
  namesReadIn?: readonly [number, number] | null;
  /** The tokens the rules' patterns are matched on, when not the document's: the same words,
   * with some gaps read otherwise (the colon of a "label: value" line for language rules and
   * hiring barriers; commas between describing words for language rules). */
  matchTokens?: readonly Token[];
}

const META_WINDOW = 4;
const NO_TAGS: ReadonlySet<string> = new Set();

/** The parts of speech of token i, from a parse of its sentence. */
function tagsOf(doc: AnalysisDocument, i: number): ReadonlySet<string> {
  const sentence = doc.structure.sentenceOf[i]!;
  const at = doc.tokens[i]!.start - doc.structure.sentences[sentence]!.start;
  return termCovering(doc.parse(sentence), at)?.tags ?? NO_TAGS;
}

function cueBefore(
  doc: AnalysisDocument,
  cues: CompiledLexicons['negationCues'],
  first: number,
  sentence: number,
  window: number,
): boolean {
  const s = doc.structure.sentences[sentence]!;
  const from = Math.max(s.first, first - window);
  return cues.test(doc.tokens, from, first);
}

/** Most words in one item of a list ("frequent flyer", "drug addict"). */
const LIST_ITEM_WORDS = 3;

/**
 * "words like addict, junkie, or crazy": a discussing cue heads a list the candidate is an item
 * of. Between the cue and the candidate stand only short items parted by commas, "and", "or".
 */
function cueHeadsList(doc: AnalysisDocument, cues: CompiledLexicons['metaCues'], first: number, sentence: number): boolean {
  const s = doc.structure.sentences[sentence]!;
  // Only a later item of a list: after a comma, "and" or "or".
  const t = doc.tokens[first]!;
  if (first <= s.first || !(t.gap === 'punct' || /^(and|or)$/.test(doc.tokens[first - 1]!.norm))) return false;
  return cues.matchAll(doc.tokens, s.first, first).some((cue) => {
    let words = 0;
    for (let i = cue.end; i <= first; i++) {
      const t = doc.tokens[i]!;
      // The first item may follow a colon ("Terms to avoid: abuser, addict, clean").
      const comma = t.gap === 'punct' && (i === cue.end ? /^[,:]\s*$/ : /^,\s*$/).test(doc.text.slice(doc.tokens[i - 1]!.end, t.start));
      if (t.gap !== 'space' && !comma) return false;
      if (comma || t.norm === 'and' || t.norm === 'or') words = 0;
      else if (++words > LIST_ITEM_WORDS) return false;
    }
    return true;
  });
}

/** Words after which an earlier negation no longer holds ("… not X, but Y"). */
const CONTRAST = new Set(['but', 'however', 'instead', 'although', 'though', 'while', 'yet', 'except']);
const NEGATION_REACH = 25;

/**
 * Negated in its clause: a negation cue or a contraction ("don't") earlier in the sentence that
 * reaches across a list ("shall not diagnose, write treatment plans, or monitor…") up to a contrast word.
 */
export function negatedBefore(doc: AnalysisDocument, lex: CompiledLexicons, first: number, sentence: number): boolean {
  let from = Math.max(doc.structure.sentences[sentence]!.first, first - NEGATION_REACH);
  for (let i = first - 1; i >= from; i--)
    if (CONTRAST.has(doc.tokens[i]!.norm)) {
      from = i + 1;
      break;
    }
  const cues = lex.negationCues.matchAll(doc.tokens, from, first);
  let contraction = false;
  for (let i = from; i < first && !contraction; i++) contraction = doc.tokens[i]!.norm.endsWith("n't");
  // Most clauses hold no negation: then there is no lookalike to read either.
  if (cues.length === 0 && !contraction) return false;
  // "Duties include but are not limited to: ..." lists duties; its "not" negates none of them.
  const lookalikes = lex.negationLookalikes.matchAll(doc.tokens, from, first);
  const inLookalike = (i: number) => lookalikes.some((l) => l.first <= i && i < l.end);
  if (cues.some((n) => !inLookalike(n.first))) return true;
  for (let i = from; i < first; i++) if (doc.tokens[i]!.norm.endsWith("n't") && !inLookalike(i)) return true;
  return false;
}

const NOT_REQUIRED = /^(required|necessary|needed|mandatory|expected|asked|permitted|allowed)$/;

/** Negated right after: "Driver's license not required", "… is not expected of peer staff". */
export function negatedAfter(doc: AnalysisDocument, end: number, sentence: number): boolean {
  const stop = Math.min(doc.structure.sentences[sentence]!.endTok, end + 4);
  for (let i = end; i < stop; i++) {
    const w = doc.tokens[i]!.norm;
    if ((w === 'not' || w.endsWith("n't")) && NOT_REQUIRED.test(doc.tokens[i + 1]?.norm ?? '')) return true;
  }
  return false;
}

type GuardMatcher = PhraseMatcher<string>;

/**
 * A guard's matches in one sentence, kept for the sentence last asked about: candidates come in
 * text order, so a sentence full of candidates is matched once per guard, not once per candidate.
 */
function sentenceMatcher(
  doc: AnalysisDocument,
  tokens: readonly Token[],
): (matcher: GuardMatcher, sentence: number) => PhraseMatch<string>[] {
  const last = new Map<GuardMatcher, { sentence: number; matches: PhraseMatch<string>[] }>();
  return (matcher, sentence) => {
    const hit = last.get(matcher);
    if (hit?.sentence === sentence) return hit.matches;
    const s = doc.structure.sentences[sentence]!;
    const matches = matcher.matchAll(tokens, s.first, s.endTok);
    last.set(matcher, { sentence, matches });
    return matches;
  };
}

/**
 * Whether one of the `unless` guard's matches overlaps the match. A guard that starts before the
 * match and ends before the person noun the match ends in reads a word said of someone ("are
 * anorexic"), not a label on a person ("many are anorexic girls"). A loop, not a closure made
 * for every match.
 */
function silenced(
  guards: readonly PhraseMatch<string>[],
  m: PhraseMatch<unknown>,
  lex: CompiledLexicons,
  tokens: readonly Token[],
): boolean {
  if (guards.length === 0) return false;
  const endsInPerson = m.end - m.first > 1 && lex.personNouns.has(tokens[m.end - 1]!.norm);
  for (const u of guards) if (u.first < m.end && u.end > m.first && !(endsInPerson && u.first < m.first && u.end < m.end)) return true;
  return false;
}

/** A context the entry requires starts with the match and runs on across the hyphen after it ("crazy-busy"). */
function requiredAcrossHyphen(
  required: GuardMatcher | null | undefined,
  inSentence: (matcher: GuardMatcher, sentence: number) => PhraseMatch<string>[],
  m: PhraseMatch<unknown>,
  sentence: number,
): boolean {
  return !!required && inSentence(required, sentence).some((r) => r.first === m.first && r.end > m.end);
}

export function runPatternRules<T>(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  rules: PatternRuleSet<T>,
  options: RunOptions,
): AcceptedMatch[] {
  const { tokens, structure } = doc;
  const accepted: AcceptedMatch[] = [];
  // Guards read the same tokens as the patterns: a phrase read across a comma is one phrase for both.
  const inSentence = sentenceMatcher(doc, options.matchTokens ?? tokens);
  const matches = rules.matcher.matchAll(options.matchTokens ?? tokens);
  // Indexed, not for-of: on a long text the loop runs long before it is optimized, and unoptimized
  // for-of made an iterator result per match.
  for (let index = 0; index < matches.length; index++) {
    const m = matches[index]!;
    const sentence = structure.sentenceOf[m.first]!;
    if (options.sentenceFilter && !options.sentenceFilter(sentence)) continue;
    // The match's offsets in the text (what doc.slice gives, without cutting out its text).
    const span = { start: tokens[m.first]!.start, end: tokens[m.end - 1]!.end };
    const g = rules.guards[m.payload]!;
    if (options.skipLiteral) {
      // A closing single quotation mark reads as a plural's apostrophe ("'addicts';" is the token
      // "addicts'"): the word inside the marks is what must be quoted.
      const last = doc.text.charAt(span.end - 1);
      const wordEnd = last === "'" || last === '’' ? span.end - 1 : span.end;
      if (insideAny(doc.quoted, span.start, wordEnd)) continue;
      // The first part of a hyphenated word is not the word ("psycho-oncology"); patterns that
      // mean the compound spell it out ("drug-seeking"), and so does a context the entry requires
      // that runs on across the hyphen where the entry says so ("crazy-busy" for "crazy busy").
      if (
        tokens[m.end]?.gap === 'hyphen' &&
        !(g.raw.requiredAcrossHyphen && requiredAcrossHyphen(g.requireContext, inSentence, m, sentence))
      )
        continue;
      const namesRead = options.namesReadIn && m.first >= options.namesReadIn[0] && m.end <= options.namesReadIn[1];
      if (!namesRead && anyMarked(doc.inProperName, m.first, m.end)) continue;
      if (cueBefore(doc, lex.metaCues, m.first, sentence, META_WINDOW) || cueHeadsList(doc, lex.metaCues, m.first, sentence)) continue;
      if (underAvoidHeading(doc, span.start, lex.avoidColumnHeadings)) continue;
      if (inAvoidCellLine(doc, span.start, lex)) continue;
    }
    // A guard that starts before the match and ends before the person noun the match ends in
    // reads a word said of someone ("are anorexic"), not a label on a person ("many are anorexic girls").
    if (g.unless && silenced(inSentence(g.unless, sentence), m, lex, tokens)) continue;
    if (g.requireContext && inSentence(g.requireContext, sentence).length === 0) continue;
    if (g.unlessInSentence && inSentence(g.unlessInSentence, sentence).length > 0) continue;
    if (g.raw.notNegated && (negatedBefore(doc, lex, m.first, sentence) || negatedAfter(doc, m.end, sentence))) continue;
    if (g.raw.personSubject || g.raw.thingSubject || (g.raw.nominal && !m.plural)) {
      const s = structure.sentences[sentence]!;
      if (g.raw.thingSubject) {
        // Describes a thing: it modifies a noun that is not a person ("schizophrenic policy"), or
        // it is said of a subject that is not a person ("morale has been schizophrenic").
        const next = standsForPeopleByWords(tokens, m.end, s.endTok, lex.personNouns);
        const modifiesThing = next === undefined && !standsForPeople(doc.parse(sentence), span.end - s.start, lex.personNouns);
        if (!modifiesThing) {
          const person = subjectIsPersonByWords(tokens, m.first, s.first, lex.personNouns);
          if (person ?? subjectIsPerson(doc.parse(sentence), span.start - s.start, lex.personNouns)) continue;
        }
      }
      // The words alone settle most cases; compromise parses the sentence only when they cannot.
      if (g.raw.personSubject) {
        const byWords = subjectIsPersonByWords(tokens, m.first, s.first, lex.personSubjectNouns);
        if (!(byWords ?? subjectIsPerson(doc.parse(sentence), span.start - s.start, lex.personNouns))) continue;
      }
      if (g.raw.nominal && !m.plural) {
        const byWords = standsForPeopleByWords(tokens, m.end, s.endTok, lex.personNouns);
        const people =
          byWords ??
          (standsForPeople(doc.parse(sentence), span.end - s.start, lex.personNouns) ||
            // "the X" used as a noun before a verb compromise misreads ("The mentally ill deserve ...")
            (tokens[m.first]!.norm === 'the' && verbFollowsInPlaceOfPeople(doc.text.slice(span.end, s.end), parseSentence)));
        if (!people) continue;
      }
    }
    if (g.raw.notInDescribingList && !m.plural) {
      const describing = (i: number) => {
        const tags = tagsOf(doc, i);
        return tags.has('Adjective') && !tags.has('Noun');
      };
      if (
        inListOfDescribingWords(doc, m.first, m.end, describing, (i) => {
          const tags = tagsOf(doc, i);
          return tags.has('Determiner') || tags.has('Possessive');
        })
      )
        continue;
    }
    if (g.raw.describesPerson) {
      const s = structure.sentences[sentence]!;
      const commaBefore = (i: number) => /^,[ \t]*$/.test(doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start));
      if (
        describesThing(
          tokens,
          m.first,
          m.end,
          s.first,
          s.endTok,
          lex.personNouns,
          (i) => tagsOf(doc, i),
          commaBefore,
          lex.personAbbreviations,
          (i) => doc.text.charAt(tokens[i]!.end) === '/',
        )
      )
        continue;
    }
    const cand: AcceptedMatch = { entry: m.payload, first: m.first, end: m.end, plural: m.plural, sentence };
    if (options.accept && !options.accept(cand)) continue;
    accepted.push(cand);
  }
  return options.keepOverlaps ? accepted : dropOverlaps(accepted);
}

/** Where matches overlap, keep the longest (then the earliest): one finding per span. */
/** Matches of one entry a few words apart in one sentence are one finding: "pass a criminal
 * background check with no felony convictions", "monitor parents' compliance". Takes and returns
 * matches in text order. */
export function joinNearby(matches: readonly AcceptedMatch[], maxGap = 6): AcceptedMatch[] {
  const out: AcceptedMatch[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (prev && prev.entry === m.entry && prev.sentence === m.sentence && m.first - prev.end <= maxGap && m.first >= prev.first)
      out[out.length - 1] = { ...prev, end: Math.max(prev.end, m.end), plural: prev.plural || m.plural };
    else out.push(m);
  }
  return out;
}

export function dropOverlaps(matches: AcceptedMatch[]): AcceptedMatch[] {
  // Nothing can overlap: most rule sets find one match or none in a document.
  if (matches.length < 2) return [...matches];
  const sorted = [...matches].sort((a, b) => b.end - b.first - (a.end - a.first) || a.first - b.first || a.entry - b.entry);
  // Which tokens a kept match covers: checking a match costs its length, not the number kept.
  // Only the stretch the matches span, counted from the first of them.
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (let i = 0; i < matches.length; i++) {
    start = Math.min(start, matches[i]!.first);
    end = Math.max(end, matches[i]!.end);
  }
  const covered = new Uint8Array(Math.max(0, end - start));
  const taken: AcceptedMatch[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (anyMarked(covered, m.first - start, m.end - start)) continue;
    covered.fill(1, m.first - start, m.end - start);
    taken.push(m);
  }
  return taken.sort((a, b) => a.first - b.first);
}

/** Whether any of marks[first .. end) is set (read in place: no view made per match). */
function anyMarked(marks: Uint8Array, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (marks[i] !== 0) return true;
  return false;
}
