// Family 1: stigmatizing, pathologizing and labeling terms, from the language lexicons.
import type { AnalysisDocument } from '../analysis-document.js';
import type { CompiledLexicons, PatternRuleSet } from '../compiled-lexicons.js';
import type { LanguageEntry } from '../lexicon/schema.js';
import type { Finding } from '../types.js';
import { runPatternRules } from './pattern-rule-runner.js';
import { labelRejected } from './rejected-label.js';
import { complementEnd } from './noun-complement.js';
import { commasBetweenDescribingWords } from './coordinated-words.js';
import { labelValueTokens } from './label-value-lines.js';
import { formSuggestion, pickNumber } from './suggestion-form.js';
import { KEPT_WORDS, keepsWords, keptWordsDescribe, withKeptWords } from './kept-words.js';
import { FUNCTION_WORDS } from '../nlp/context-checks.js';
import { termCovering } from '../nlp/sentence-parse.js';
import { POSSESSIVE_END } from '../text/possessive.js';

/** Whether the match describes the noun right after it ("a clean and sober dance"), read by its
 * parts of speech only for entries with wordings for that place. */
function describesNextNoun(doc: AnalysisDocument, end: number, sentence: number): boolean {
  const next = doc.tokens[end];
  const s = doc.structure.sentences[sentence]!;
  if (!next || end >= s.endTok || next.gap !== 'space' || FUNCTION_WORDS.has(next.norm)) return false;
  const tags = termCovering(doc.parse(sentence), next.start - s.start)?.tags;
  return tags?.has('Noun') === true && !tags.has('Pronoun') && !tags.has('Date') && !tags.has('Value');
}

function joinedBySlash(text: string, start: number, end: number): boolean {
  return /^\/\p{L}/u.test(text.slice(end, end + 2)) || /\p{L}\/$/u.test(text.slice(Math.max(0, start - 2), start));
}

/** An entry's suggestions as formed for one finding, and what they were formed from. */
interface FormedSuggestions {
  entry: number;
  plural: boolean;
  beforeNoun: boolean;
  sentenceStart: boolean;
  withAfter: boolean;
  kept: string;
  person: string | null;
  article: string | null;
  suggestions: string[];
}

/** Whether an entry's suggestions keep words of the match, and its `*` words: read once per entry. */
const keepingByEntry = new WeakMap<LanguageEntry, { keepsAny: boolean; takesWildcards: boolean }>();

function keepingOf(e: LanguageEntry): { keepsAny: boolean; takesWildcards: boolean } {
  let known = keepingByEntry.get(e);
  if (!known) {
    known = {
      keepsAny: e.suggestions.some((s) => keepsWords(typeof s === 'string' ? s : s.singular)),
      takesWildcards: e.suggestions.some((s) => (typeof s === 'string' ? s : s.singular).includes(KEPT_WORDS)),
    };
    keepingByEntry.set(e, known);
  }
  return known;
}

export function languageFindings(
  doc: AnalysisDocument,
  lex: CompiledLexicons,
  rules: PatternRuleSet<LanguageEntry> = lex.language,
): Finding[] {
  const findings: Finding[] = [];
  const keepsAny = (e: LanguageEntry) => keepingOf(e).keepsAny;
  const takesWildcards = (e: LanguageEntry) => keepingOf(e).takesWildcards;
  // A long text repeats its findings (boilerplate, a paragraph pasted again): each distinct
  // wording of an entry's suggestions is formed once per text.
  const formed = new Map<string, FormedSuggestions[]>();
  /** "the city's mentally ill": the possessive right after an opening "the", or -1. */
  const ownerAfterThe = (first: number) =>
    doc.tokens[first]?.norm === 'the' && POSSESSIVE_END.test(doc.tokens[first + 1]?.raw ?? '') ? first + 1 : -1;
  const keptText = (taken: number[]) => {
    if (!taken.length) return '';
    // The owner keeps its article: "the city's people with ...".
    const from = ownerAfterThe(taken[0]! - 1) === taken[0] ? taken[0]! - 1 : taken[0]!;
    // "homeless, and jobless": two words kept of a serial list read "homeless and jobless".
    const text = doc.text.slice(doc.tokens[from]!.start, doc.tokens[taken.at(-1)!]!.end).replace(/^([^,]+), (and|or) ([^,]+)$/, '$1 $2 $3');
    // "Depression sufferers" opening a sentence: the capital belonged to the sentence, not the word.
    const opensSentence = doc.structure.sentences[doc.structure.sentenceOf[from]!]!.first === from;
    return opensSentence && /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  };
  const accept = (m: { entry: number; first: number; end: number; plural: boolean; sentence: number }) => {
    const entry = rules.entries[m.entry]!;
    if (labelRejected(doc, lex, m, entry.group === 'diagnosis-metaphor')) return false;
    // "the alcoholic's family" names whose family, not a family with a label: the shorter match
    // stands. "the city's mentally ill" names whose people, and the label is still theirs.
    const owner = ownerAfterThe(m.first);
    if (keepsAny(entry) && doc.tokens.slice(m.first, m.end - 1).some((t, k) => POSSESSIVE_END.test(t.raw) && m.first + k !== owner))
      return false;
    if (!takesWildcards(entry)) return true;
    const taken = rules.matcher.wildcardTokens(m.entry, doc.tokens, m.first, m.end);
    const rest = taken.length ? doc.text.slice(doc.tokens[taken[0]!]!.start, doc.structure.sentences[m.sentence]!.end) : '';
    return keptWordsDescribe(taken, doc.tokens, rest);
  };
  const matchTokens = commasBetweenDescribingWords(doc.text, labelValueTokens(doc, lex), lex.personNouns);
  const matches = runPatternRules(doc, lex, rules, { skipLiteral: true, accept, matchTokens });
  // Indexed, not for-of (see runPatternRules).
  for (let index = 0; index < matches.length; index++) {
    const m = matches[index]!;
    const entry = rules.entries[m.entry]!;
    // A contested word paired by a slash ("client/consumer", "consumer/survivor movement") is
    // naming the label, not applying it: info findings stay silent there.
    if (entry.severity === 'info' && joinedBySlash(doc.text, doc.tokens[m.first]!.start, doc.tokens[m.end - 1]!.end)) continue;
    let first = m.first;
    // "an addict": take the article in, so the replacement can fix it ("a person with…").
    const prev = doc.tokens[first - 1];
    const startsWithArticle = /^(a|an)$/.test(doc.tokens[first]!.norm);
    if (!startsWithArticle && prev && /^(a|an)$/.test(prev.norm) && doc.tokens[first]!.gap === 'space') first -= 1;
    const article = /^(a|an)$/.test(doc.tokens[first]!.norm) ? doc.tokens[first]!.raw : null;
    const sentenceStart = doc.structure.sentences[m.sentence]!.first === first;
    const kept = takesWildcards(entry) ? keptText(rules.matcher.wildcardTokens(m.entry, doc.tokens, m.first, m.end)) : '';
    const last = doc.tokens[m.end - 1]!;
    const personNoun = keepsAny(entry) && lex.personNouns.has(last.norm) ? last.norm : null;
    // "a bipolar mother of two": the finding takes in the of-phrase, which the rewrite keeps
    // with its noun ("a mother of two with bipolar disorder"); after a with-phrase, a second
    // "with" reads as "and" ("a father with three kids and an alcohol use disorder").
    const end = personNoun ? complementEnd(doc, m.end, m.sentence, lex.personNouns) : m.end;
    const span = doc.slice(first, end);
    const person =
      personNoun && end > m.end ? `${personNoun} ${doc.text.slice(doc.tokens[m.end]!.start, doc.tokens[end - 1]!.end)}` : personNoun;
    const withAfter = end > m.end && doc.tokens[m.end]!.norm === 'with';
    const rewrite = (s: string) => (withAfter ? s.replace(`${person} with `, `${person} and `) : s);
    const beforeNoun = entry.suggestionsBeforeNoun !== undefined && describesNextNoun(doc, m.end, m.sentence);
    // Found by the matched text, then by everything else the suggestions are formed from.
    let sameText = formed.get(span.text);
    if (!sameText) {
      sameText = [];
      formed.set(span.text, sameText);
    }
    let suggestions = sameText.find(
      (f) =>
        f.entry === m.entry &&
        f.plural === m.plural &&
        f.beforeNoun === beforeNoun &&
        f.sentenceStart === sentenceStart &&
        f.withAfter === withAfter &&
        f.kept === kept &&
        f.person === person &&
        f.article === article,
    )?.suggestions;
    if (!suggestions) {
      suggestions = [
        ...new Set(
          (beforeNoun ? entry.suggestionsBeforeNoun! : entry.suggestions).map((s) =>
            formSuggestion(span.text, rewrite(withKeptWords(pickNumber(s, m.plural), kept, person, m.plural)), article, sentenceStart),
          ),
        ),
      ];
      sameText.push({ entry: m.entry, plural: m.plural, beforeNoun, sentenceStart, withAfter, kept, person, article, suggestions });
    }
    findings.push({
      ruleId: entry.id,
      family: 'language',
      severity: entry.severity,
      start: span.start,
      end: span.end,
      text: span.text,
      message: entry.message,
      suggestions: [...suggestions],
      points: 0,
      sources: entry.sources,
      fix: 'replace',
    });
  }
  return findings;
}
