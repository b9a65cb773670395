// A label named in order to reject it is not applied to anyone: "never call anyone an addict",
// "stop calling people junkies",
// "please don't refer to members as the mentally ill", "we see people, not schizophrenics".
// Read by the shape of the clause (a negated naming verb, a contrast with a person), not by phrase.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons } from '../compiled-lexicons.js';
import { negatedBefore } from './pattern-rule-runner.js';

/** How far back a naming verb may stand from the label it puts on someone. */
const NAMING_REACH = 8;
/** Words for a person as such: "a person, not an addict" says what the person is instead. */
const PERSON_AS_SUCH = new Set(['person', 'persons', 'people', 'individual', 'individuals', 'human', 'humans', 'being', 'beings']);
const ARTICLE = /^(a|an|the)$/;

/**
 * "people, not schizophrenics", "say people who use drugs, not drug users": the label stands right
 * after "not", set off by a comma from a clause that names a person as such.
 */
function contrastedWithPerson(doc: AnalysisDocument, first: number, sentenceFirst: number): boolean {
  let k = first;
  if (k > sentenceFirst && ARTICLE.test(doc.tokens[k - 1]!.norm) && !ARTICLE.test(doc.tokens[k]!.norm)) k--;
  const not = doc.tokens[k - 1];
  if (!not || k - 1 <= sentenceFirst || not.norm !== 'not' || not.gap !== 'punct') return false;
  for (let i = k - 2; i >= sentenceFirst && k - 2 - i < NAMING_REACH; i--) {
    if (PERSON_AS_SUCH.has(doc.tokens[i]!.norm)) return true;
    if (doc.tokens[i]!.gap !== 'space' && doc.tokens[i]!.gap !== 'hyphen') break;
  }
  return false;
}

/** Words that end the object of a naming verb: "don't call the police on addicts" names no one. */
const PREPOSITION = /^(on|at|in|for|with|about|from|by|to|into|of|over|after|before|because|when|if)$/;

/**
 * "never call anyone an addict", "don't refer to members as the mentally ill": a naming verb,
 * negated, whose object runs up to the label (with "as" before it), in the same clause.
 */
function namedUnderNegation(doc: AnalysisDocument, lex: CompiledLexicons, first: number, sentence: number): boolean {
  const sentenceFirst = doc.structure.sentences[sentence]!.first;
  let label = first;
  if (label > sentenceFirst && ARTICLE.test(doc.tokens[label - 1]!.norm) && !ARTICLE.test(doc.tokens[label]!.norm)) label--;
  let from = label;
  // Back to the clause's start: a comma or other mark ends the clause.
  while (from > sentenceFirst && label - from < NAMING_REACH && (doc.tokens[from]!.gap === 'space' || doc.tokens[from]!.gap === 'hyphen'))
    from--;
  return lex.namingVerbs.matchAll(doc.tokens, from, label).some((verb) => {
    const between = doc.tokens.slice(verb.end, label).map((t) => t.norm);
    if (between.at(-1) === 'as') between.pop();
    const stopped = verb.first > sentenceFirst && lex.stoppedNaming.matchAll(doc.tokens, verb.first - 1, verb.first).length > 0;
    return between.every((w) => !PREPOSITION.test(w)) && (stopped || negatedBefore(doc, lex, verb.first, sentence));
  });
}

/** "a drug-seeking label can follow a patient", "the addict stereotype": a noun right after the
 * word names it as a label, so the word is discussed, not put on anyone. After a plural the next
 * word is its verb ("addicts label themselves"). */
function namedAsLabel(doc: AnalysisDocument, lex: CompiledLexicons, end: number, plural: boolean, sentence: number): boolean {
  const next = doc.tokens[end];
  if (plural || !next || end >= doc.structure.sentences[sentence]!.endTok || next.gap !== 'space') return false;
  return lex.labelNouns.matchAll(doc.tokens, end, end + 1).length > 0;
}

export function labelRejected(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  m: { first: number; end: number; plural: boolean; sentence: number },
): boolean {
  const { first, end, plural, sentence } = m;
  const sentenceFirst = doc.structure.sentences[sentence]!.first;
  return (
    contrastedWithPerson(doc, first, sentenceFirst) ||
    namedUnderNegation(doc, lex, first, sentence) ||
    namedAsLabel(doc, lex, end, plural, sentence)
  );
}
