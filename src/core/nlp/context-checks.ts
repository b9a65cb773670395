// The two guards that need parts of speech: who the subject of a verb is, and whether an
// adjective stands for people ("the mentally ill") or modifies a noun ("mentally ill parent").
import type { ParsedTerm } from './sentence-parse.js';
import { type Gap, spaceOrHyphen } from '../text/tokenize.js';

const SKIP_BEFORE_VERB = new Set(['Adverb', 'Auxiliary', 'Modal', 'Negative', 'Copula']);

/**
 * Is the subject of the verb starting at `at` (sentence offset) a person? Walks back over
 * adverbs and auxiliaries to the nearest noun, and past a prepositional phrase ("many in our
 * program"). No noun before the verb (a bullet such as
 * "Suffers from…") counts as a person: postings describe people that way.
 */
export function subjectIsPerson(terms: readonly ParsedTerm[], at: number, personNouns: ReadonlySet<string>): boolean {
  let i = terms.findIndex((t) => t.end > at);
  for (i = i - 1; i >= 0; i--) {
    const t = terms[i]!;
    if (
      [...t.tags].some((tag) => SKIP_BEFORE_VERB.has(tag)) ||
      /^(who|that|which|also|often|still|may|might|can|could|have|has|had|been|be|is|are|was|were|currently|many|who've)$/.test(t.normal)
    ) {
      if (t.normal === 'who') return true;
      continue;
    }
    if (nounForPeople(t.normal, personNouns)) return true;
    if (t.tags.has('Person') || t.tags.has('Pronoun')) return !/^(it|this|that|which)$/.test(t.normal);
    if (t.tags.has('Noun')) {
      // "Many in our program suffer from ...": a noun after a preposition is not the subject;
      // the subject stands before the prepositional phrase.
      const preposition = prepositionBefore(terms, i);
      if (preposition > 0) {
        i = preposition;
        continue;
      }
      return false;
    }
    return true;
  }
  return true;
}

const NOUN_PHRASE_WORDS = new Set(['Determiner', 'Adjective', 'Possessive', 'Value']);

/** The index of the preposition that heads the noun phrase ending at `noun`, or -1. */
function prepositionBefore(terms: readonly ParsedTerm[], noun: number): number {
  for (let k = noun - 1; k >= 0; k--) {
    const t = terms[k]!;
    if (t.tags.has('Preposition')) return k;
    if (!(t.tags.has('Noun') || [...t.tags].some((tag) => NOUN_PHRASE_WORDS.has(tag)))) return -1;
  }
  return -1;
}

/** Closed-class words compromise sometimes tags as nouns after an adjective ("the ill is"). */
export const FUNCTION_WORDS = new Set(
  'is are was were be been being has have had do does did will would can could should may might must and or but nor who whom whose that which in on at of for to from with by as than into about through during without within across among'.split(
    ' ',
  ),
);

/**
 * True when the words at [start, end) stand for people: used as a noun ("the mentally ill"), or
 * as a label on a person noun ("alcoholic parents"), not on a thing ("bipolar transistor").
 */
export function standsForPeople(terms: readonly ParsedTerm[], end: number, personNouns: ReadonlySet<string>): boolean {
  const next = terms.find((t) => t.start >= end);
  if (!next) return true;
  if (FUNCTION_WORDS.has(next.normal)) return true;
  if (nounForPeople(next.normal, personNouns) || next.tags.has('Person')) return true;
  if (next.tags.has('Pronoun') || next.tags.has('Verb') || next.tags.has('Preposition') || next.tags.has('Conjunction')) return true;
  return !next.tags.has('Noun');
}

// Token-level answers for the easy cases, so compromise parses only the sentences that need it.
// Each returns undefined when the words alone cannot tell.

const SKIP_WORDS =
  /^(who|that|which|also|often|still|may|might|can|could|will|would|should|must|have|has|had|been|be|is|are|was|were|currently|many|not|never|really|truly|who've|continue|continues|continued|to|spent|spend|spends|years|months|decades)$/;
const PERSON_PRONOUNS = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'someone',
  'somebody',
  'anyone',
  'everyone',
  'me',
  'us',
  'them',
  'him',
  'her',
]);
const THING_PRONOUNS = new Set(['it', 'this', 'that', 'which', 'what']);

/** A noun for people (context.json personNouns), singular or plural ("clients"). */
function nounForPeople(w: string, personNouns: ReadonlySet<string>): boolean {
  return personNouns.has(w) || personNouns.has(w.replace(/s$/, ''));
}

/** A pronoun or a noun for people. */
function wordForPeople(w: string, personNouns: ReadonlySet<string>): boolean {
  return PERSON_PRONOUNS.has(w) || nounForPeople(w, personNouns);
}

interface Tok {
  norm: string;
  raw: string;
  gap: Gap;
}

export function subjectIsPersonByWords(
  tokens: readonly Tok[],
  first: number,
  sentenceFirst: number,
  personNouns: ReadonlySet<string>,
): boolean | undefined {
  for (let i = first - 1; i >= sentenceFirst; i--) {
    const w = tokens[i]!.norm;
    if (w === 'who') return true;
    if (SKIP_WORDS.test(w)) continue;
    if (wordForPeople(w, personNouns)) return true;
    if (THING_PRONOUNS.has(w)) return false;
    // "someone you love is suffering ...": a clause of a pronoun and its verb describes the person before it.
    if (i - 2 >= sentenceFirst && CLAUSE_SUBJECTS.has(tokens[i - 1]!.norm)) {
      if (wordForPeople(tokens[i - 2]!.norm, personNouns)) return true;
    }
    // "guests who stay at Birch House are suffering ...": the subject is the people a "who" clause describes.
    for (let k = i - 1; k >= Math.max(sentenceFirst, i - WHO_CLAUSE_WORDS); k--) if (tokens[k]!.norm === 'who') return true;
    return undefined;
  }
  return true;
}
/** How far back a "who" clause may open before the subject's verb ("who stay at Birch House are"). */
const WHO_CLAUSE_WORDS = 6;
/** Pronouns that open a clause describing the noun before them ("the friend you know", "someone we love"). */
const CLAUSE_SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she']);

export function standsForPeopleByWords(
  tokens: readonly Tok[],
  end: number,
  sentenceEnd: number,
  personNouns: ReadonlySet<string>,
): boolean | undefined {
  const next = tokens[end];
  if (!next || end >= sentenceEnd || !spaceOrHyphen(next.gap)) return true;
  if (FUNCTION_WORDS.has(next.norm) || nounForPeople(next.norm, personNouns)) return true;
  return undefined;
}

/**
 * "The mentally ill deserve respect": compromise reads "deserve" as a noun after an adjective.
 * Put "people" in the adjective's place: when the next word then reads as a verb, the adjective
 * stood for people, as it does before a participle ("the mentally ill living in shelters"). `rest`
 * is the sentence after the candidate.
 */
export function verbFollowsInPlaceOfPeople(rest: string, parse: (text: string) => readonly ParsedTerm[]): boolean {
  const terms = parse(`People ${rest.trimStart()}`);
  const next = terms[1];
  if (!next) return false;
  // "The mentally ill living in shelters": a participle that does not head a noun ("living room")
  // says what the people do.
  return next.tags.has('Verb') && (!next.tags.has('Gerund') || !terms[2]?.tags.has('Noun'));
}

/** Words between a subject and what is said of it ("was found", "remain", "are deemed"). */
const LINKING =
  /^(is|are|was|were|be|been|being|am|remain|remains|remained|become|becomes|became|found|deemed|considered|judged|rated|declared|determined|labeled|labelled|classified|flagged|listed|cited|appear|appears|appeared|seem|seems|seemed|to|as|also|still|often|repeatedly|currently|frequently|not|never|may|might|can|could|will|would|should|must|have|has|had|that|which)$/;

/**
 * Does the adjective at tokens [first, end) describe a thing rather than a person? It modifies a
 * noun that is not a person ("noncompliant invoices"), or it is said of a subject that is not one
 * ("the device was found noncompliant", "Medication noncompliant with labeling rules"). A noun
 * right after a linking word belongs to what is said ("who are medication noncompliant"). No
 * subject at all (a bullet) is read as said of a person: postings describe people that way.
 * `tagsAt` gives a token's parts of speech, parsing the sentence only when the words cannot tell.
 */
export function describesThing(
  tokens: readonly Tok[],
  first: number,
  end: number,
  sentenceFirst: number,
  sentenceEnd: number,
  personNouns: ReadonlySet<string>,
  tagsAt: (i: number) => ReadonlySet<string>,
  /** Is the gap before token i a comma? Earlier items of a list of what is said ("a frequent
   * flier, med-seeking, noncompliant") are passed over back to the linking word. */
  commaBefore: (i: number) => boolean = () => false,
  /** A chart's words for a person, as written ("Pt is noncompliant"). */
  personAbbreviations: ReadonlySet<string> = new Set(),
  /** Is token i followed right away by a slash? */
  slashAfter: (i: number) => boolean = () => false,
): boolean {
  const isPersonAt = (i: number) => wordForPeople(tokens[i]!.norm, personNouns) || personAbbreviations.has(tokens[i]!.raw);
  let inList = false;
  let linked = false;
  const next = tokens[end];
  // One letter and a slash is a chart's shorthand for a preposition ("w/ meds", "w/o", "c/o"),
  // not a noun the word describes.
  const shorthand = next !== undefined && next.norm.length === 1 && slashAfter(end);
  if (next && end < sentenceEnd && spaceOrHyphen(next.gap) && !FUNCTION_WORDS.has(next.norm) && !shorthand) {
    if (isPersonAt(end)) return false;
    const tags = tagsAt(end);
    if (tags.has('Noun') && !tags.has('Person') && !tags.has('Pronoun')) return true;
  }
  for (let i = first - 1; i >= sentenceFirst; i--) {
    const w = tokens[i]!.norm;
    if (w === 'who') return false;
    if (LINKING.test(w)) {
      inList = false;
      linked = true;
      continue;
    }
    if (isPersonAt(i)) return false;
    // Before the linking word: a comma or an "and" or "or" opens an earlier item of the list.
    if (!linked && ((tokens[i + 1]!.gap === 'punct' && commaBefore(i + 1)) || w === 'and' || w === 'or')) inList = true;
    if (inList) {
      // "work with difficult, noncompliant clients": a preposition before the list makes it what
      // the verb works with, not what a subject is said to be.
      if (tagsAt(i).has('Preposition')) return false;
      continue;
    }
    if (THING_PRONOUNS.has(w)) return true;
    if (i > sentenceFirst && LINKING.test(tokens[i - 1]!.norm)) continue;
    const tags = tagsAt(i);
    if (tags.has('Adverb') || tags.has('Determiner')) continue;
    // "residents who refuse meds as noncompliant": the noun is the object in a clause about a person.
    if (tokens.slice(Math.max(sentenceFirst, i - 3), i).some((t) => t.norm === 'who')) return false;
    return tags.has('Noun') && !tags.has('Person') && !tags.has('Pronoun');
  }
  return false;
}
