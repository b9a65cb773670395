// A label named in order to reject it is not applied to anyone: "never call anyone an addict",
// "stop calling people junkies",
// "please don't refer to members as the mentally ill", "we see people, not schizophrenics".
// Nor is a label a person reports having been given or gives themself: "I was called a junkie",
// "people used to call me crazy", "he describes himself as a recovering addict", "I'm an
// alcoholic in recovery" (a self-description, as in a quote), or a denial that says what the
// person is instead ("he is not an addict; he is a person with ..."). Read by the shape of the
// clause (a naming verb's object or voice, a first-person subject, a contrast with a person),
// not by phrase.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { negatedBefore } from './pattern-rule-runner.js';
import { spaceOrHyphen } from '../text/tokenize.js';

/** How far back a naming verb may stand from the label it puts on someone. */
const NAMING_REACH = 8;
/** Words for a person as such: "a person, not an addict" says what the person is instead. */
const PERSON_AS_SUCH = new Set(['person', 'persons', 'people', 'individual', 'individuals', 'human', 'humans', 'being', 'beings']);
const ARTICLE = /^(a|an|the)$/;

/** The label's first token with its article ("an addict"). */
const withArticle = (doc: AnalysisDocument, first: number, sentenceFirst: number) =>
  first > sentenceFirst && ARTICLE.test(doc.tokens[first - 1]!.norm) && !ARTICLE.test(doc.tokens[first]!.norm) ? first - 1 : first;

/**
 * "people, not schizophrenics", "say people who use drugs, not drug users": the label stands right
 * after "not", set off by a comma from a clause that names a person as such. `k` is the label's
 * first token, its article included.
 */
function contrastedWithPerson(doc: AnalysisDocument, k: number, sentenceFirst: number): boolean {
  const not = doc.tokens[k - 1];
  if (!not || k - 1 <= sentenceFirst || not.norm !== 'not' || not.gap !== 'punct') return false;
  for (let i = k - 2; i >= sentenceFirst && k - 2 - i < NAMING_REACH; i--) {
    if (PERSON_AS_SUCH.has(doc.tokens[i]!.norm)) return true;
    if (!spaceOrHyphen(doc.tokens[i]!.gap)) break;
  }
  return false;
}

/** The object of a naming verb that makes the label one reported, not given: the writer or the
 * person named themself ("called me", "describes himself as"). */
const SELF_OBJECT = new Set(['me', 'us', 'myself', 'ourselves', 'himself', 'herself', 'themselves', 'themself', 'yourself', 'oneself']);
/** Before a naming verb, the verb is passive ("I was called", "we got labeled"). */
const PASSIVE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting']);
/** Words that may stand between "I am" and the label ("I am still an addict", "I'm not crazy"). */
const SELF_ADVERB = new Set(['still', 'also', 'just', 'once', 'only', 'really', 'myself', 'proudly', 'not', 'never']);

/** The word at token i, or '' before the sentence's first token. A function, not a closure made per
 * call (under tsx, which names each closure as it is made): this runs for every flagged word. */
function normInSentence(doc: AnalysisDocument, sentenceFirst: number, i: number): string {
  return i >= sentenceFirst ? doc.tokens[i]!.norm : '';
}

/** "I'm an alcoholic in recovery", "I was a junkie", "I was the town drunk": a first-person
 * self-description. `label` is the label's first token (its article included). */
function describesSelf(doc: AnalysisDocument, label: number, sentenceFirst: number): boolean {
  let k = label;
  // "I was the town drunk", "I was a full-blown junkie": one describing word (hyphens join its
  // parts) between the article and the label.
  let word = k - 1;
  while (word > sentenceFirst && doc.tokens[word]!.gap === 'hyphen') word--;
  if (word - 1 >= sentenceFirst && !ARTICLE.test(doc.tokens[k]!.norm) && ARTICLE.test(doc.tokens[word - 1]!.norm)) k = word - 1;
  while (k > sentenceFirst && SELF_ADVERB.has(doc.tokens[k - 1]!.norm) && label - k < 2) k--;
  const w1 = normInSentence(doc, sentenceFirst, k - 1);
  const w2 = normInSentence(doc, sentenceFirst, k - 2);
  const w3 = normInSentence(doc, sentenceFirst, k - 3);
  const w4 = normInSentence(doc, sentenceFirst, k - 4);
  if (w1 === "i'm" || w1 === 'im') return true;
  if (w1 === 'am' || w1 === 'was') return w2 === 'i';
  if (w1 === 'been') return w2 === "i've" || (w2 === 'have' && w3 === 'i');
  if (w1 === 'be' && w2 === 'to' && w3 === 'used') return w4 === 'i';
  return false;
}

/** "He was a dad with ...": a sentence that opens by saying who the person denied the label is. */
const SAYS_WHO = /^(he|she|they) (is|was|are|were)$/;
const THIRD_PERSON = /^(he|she|they)$/;

/** The pronoun the denial is said of ("He isn't an addict"), searched back from the negation to
 * the sentence's start; null for a name or a noun ("My friend Dave wasn't a junkie"). */
function deniedPronoun(doc: AnalysisDocument, not: number, sentenceFirst: number): string | null {
  for (let i = not - 1; i >= sentenceFirst; i--) if (THIRD_PERSON.test(doc.tokens[i]!.norm)) return doc.tokens[i]!.norm;
  const contracted = /^(he|she|they)(?=['’])/.exec(doc.tokens[not]!.norm);
  return contracted ? contracted[1]! : null;
}

/** "not an addict; he is a person with a substance use disorder", "not addicts but people who
 * ...", "Dave wasn't a junkie. He was a dad with a disease.": a denial followed by person-first
 * wording (a person, or a person noun, with or who) says what to say instead. */
function deniedForPerson(doc: AnalysisDocument, lex: CompiledLexicons, label: number, end: number, sentence: number): boolean {
  const not = doc.tokens[label - 1];
  if (!not || !(not.norm === 'not' || not.norm.endsWith("n't")) || label - 1 < doc.structure.sentences[sentence]!.first) return false;
  const next = doc.structure.sentences[sentence + 1];
  // The next sentence must say who the same person is: "He isn't an addict. She was ..." is someone else.
  const pronoun = deniedPronoun(doc, label - 1, doc.structure.sentences[sentence]!.first);
  const stop = Math.min(doc.tokens.length, end + NAMING_REACH) - 1;
  for (let i = end; i < stop; i++) {
    const gap = doc.text.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start);
    // Across a semicolon or comma; across a full stop only into a sentence that opens "He was ...".
    // (A noun with its article: "not crazy. They are people with needs." still says "crazy" of a kind of people.)
    const intoNext =
      ARTICLE.test(doc.tokens[label]!.norm) &&
      next !== undefined &&
      i === next.first &&
      /^[.!][ \t]*$/.test(gap) &&
      SAYS_WHO.test(`${doc.tokens[i]!.norm} ${doc.tokens[i + 1]?.norm}`) &&
      (pronoun === null || pronoun === doc.tokens[i]!.norm);
    if (doc.tokens[i]!.gap !== 'space' && !/^[ \t]*[;,][ \t]*$/.test(gap) && !intoNext) return false;
    const person = PERSON_AS_SUCH.has(doc.tokens[i]!.norm) || (i > end && lex.personNouns.has(doc.tokens[i]!.norm));
    if (person && /^(with|who)$/.test(doc.tokens[i + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** "I was called", "we were labeled", "I got branded": the person named tells what they were called. */
function reportedByTheNamed(doc: AnalysisDocument, verb: number, sentenceFirst: number): boolean {
  const be = verb - 1;
  if (be <= sentenceFirst || !PASSIVE.has(doc.tokens[be]!.norm)) return false;
  const subject = doc.tokens[be - 1]!.norm;
  return subject === 'i' || subject === 'we' || (doc.tokens[be]!.norm === 'been' && /^(i've|we've)$/.test(subject));
}

/** Words that end the object of a naming verb: "don't call the police on addicts" names no one. */
const PREPOSITION = /^(on|at|in|for|with|about|from|by|to|into|of|over|after|before|because|when|if)$/;

/** Most words of one item in a list of labels ("a junkie", "drug abusers"). */
const LIST_ITEM_WORDS = 3;
const COMMA = /^,[ \t]*$/;
const CONJUNCTION = /^(and|or|nor)$/;

/** Whether a comma stands before token i. */
function commaBefore(doc: AnalysisDocument, i: number): boolean {
  return doc.tokens[i]!.gap === 'punct' && COMMA.test(doc.text.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start));
}

/**
 * The first token of the list's first item when `label` stands in a later item of a list of
 * short items parted by commas and closed by "and" or "or" ("addicts, junkies, alcoholics or
 * abusers"); else `label`. Without the closing conjunction a comma parts clauses ("don't call
 * the police, addicts need help").
 */
function listStart(doc: AnalysisDocument, label: number, sentence: number): number {
  const { first: sentenceFirst, endTok } = doc.structure.sentences[sentence]!;
  let start = label;
  let words = 1;
  // Back over short items, each after a comma, to the last word of the list's first item.
  for (let i = label; i > sentenceFirst; ) {
    if (commaBefore(doc, i) && words <= LIST_ITEM_WORDS) {
      start = i - 1;
      words = 1;
      i--;
      continue;
    }
    if (!spaceOrHyphen(doc.tokens[i]!.gap) || ++words > LIST_ITEM_WORDS) break;
    i--;
  }
  if (start === label) return label;
  // The list is closed by "and" or "or" before its last item, at or after the label's item.
  for (let i = label; i < endTok && i - label <= LIST_ITEM_WORDS * 4; i++) {
    if (CONJUNCTION.test(doc.tokens[i]!.norm)) return start;
    if (doc.tokens[i + 1] && doc.tokens[i + 1]!.gap !== 'space' && !commaBefore(doc, i + 1)) break;
  }
  return CONJUNCTION.test(doc.tokens[label - 1]?.norm ?? '') ? start : label;
}

/**
 * "never call anyone an addict", "don't refer to members as the mentally ill": a naming verb,
 * negated, whose object runs up to the label (with "as" before it), in the same clause; or one
 * that reports the label ("I was called a junkie", "they called me crazy", "calls herself an addict").
 * `labelFirst` is the label's first token, its article included.
 */
function namedNotGiven(doc: AnalysisDocument, lex: CompiledLexicons, labelFirst: number, sentence: number): boolean {
  const sentenceFirst = doc.structure.sentences[sentence]!.first;
  // "call people addicts, junkies, alcoholics or abusers": a later item of a list of labels is
  // named by the verb before the list's first item.
  const label = listStart(doc, labelFirst, sentence);
  let from = label;
  // Back to the clause's start: a comma or other mark ends the clause.
  while (from > sentenceFirst && label - from < NAMING_REACH && spaceOrHyphen(doc.tokens[from]!.gap)) from--;
  return lex.namingVerbs.matchAll(doc.tokens, from, label).some((verb) => {
    const between = doc.tokens.slice(verb.end, label).map((t) => t.norm);
    if (between.at(-1) === 'as') between.pop();
    if (!between.every((w) => !PREPOSITION.test(w))) return false;
    // "called me", "describes himself as", "I was called": the person named reports the label.
    // ("He was labeled a psychotic" reports it too, but the writer repeats it of someone else.)
    if (between.length === 1 && SELF_OBJECT.has(between[0]!)) return true;
    if (between.length === 0 && reportedByTheNamed(doc, verb.first, sentenceFirst)) return true;
    // "stop calling", "we used to call them ...": the label is no longer given.
    const stopped =
      verb.first > sentenceFirst &&
      lex.stoppedNaming.matchAll(doc.tokens, Math.max(sentenceFirst, verb.first - 2), verb.first).some((m) => m.end === verb.first);
    return stopped || negatedBefore(doc, lex, verb.first, sentence);
  });
}

/** "a drug-seeking label can follow a patient", "the addict stereotype": a noun right after the
 * word names it as a label, so the word is discussed, not put on anyone. After a plural the next
 * word is its verb ("addicts label themselves"). */
function namedAsLabel(doc: AnalysisDocument, lex: CompiledLexicons, end: number, plural: boolean, sentence: number): boolean {
  const next = doc.tokens[end];
  const endTok = doc.structure.sentences[sentence]!.endTok;
  if (!next || end >= endTok || next.gap !== 'space') return false;
  // "junkies is a word that hurts", "'addict' is a label": the word is said to be a word, so
  // it is named, not put on anyone (a plural with a verb in the singular is a word too).
  if (/^(is|was)$/.test(next.norm)) {
    const noun = ARTICLE.test(doc.tokens[end + 1]?.norm ?? '') ? end + 2 : end + 1;
    return noun < endTok && lex.labelNouns.matchAll(doc.tokens, noun, noun + 1).length > 0;
  }
  if (plural) return false;
  return lex.labelNouns.matchAll(doc.tokens, end, end + 1).length > 0;
}

export function labelRejected(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  m: { first: number; end: number; plural: boolean; sentence: number },
  /** A diagnosis used as a metaphor is misused of oneself too ("I'm a little OCD about files"). */
  metaphor = false,
): boolean {
  const { first, end, plural, sentence } = m;
  const sentenceFirst = doc.structure.sentences[sentence]!.first;
  const label = withArticle(doc, first, sentenceFirst);
  return (
    contrastedWithPerson(doc, label, sentenceFirst) ||
    (!metaphor && describesSelf(doc, label, sentenceFirst)) ||
    deniedForPerson(doc, lex, label, end, sentence) ||
    namedNotGiven(doc, lex, label, sentence) ||
    namedAsLabel(doc, lex, end, plural, sentence)
  );
}
