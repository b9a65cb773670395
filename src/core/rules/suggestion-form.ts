// Suggestions keep the original's case and number: "Addicts" → "People with a substance use
// disorder", "an addict" → "a person with a substance use disorder".
import type { Suggestion } from '../lexicon/schema.js';
import { POSSESSIVE_END } from '../text/possessive.js';

export function pickNumber(s: Suggestion, plural: boolean): string {
  return typeof s === 'string' ? s : plural ? s.plural : s.singular;
}

export function matchCase(original: string, suggestion: string, sentenceStart = false): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  // All caps (a heading) stays all caps; a short single all-caps word is an acronym ("SPMI").
  const acronym = !/\s/.test(original.trim()) && letters.length <= 5;
  if (letters.length > 1 && letters === letters.toUpperCase() && !acronym) return suggestion.toUpperCase();
  // "SPMI population" starts with an acronym, not a capitalized word: leave the suggestion as is.
  const firstWord = original.split(/[\s-]/, 1)[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase() && !sentenceStart) return suggestion;
  if (/^\p{Lu}/u.test(original)) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  return suggestion;
}

/** The indefinite article a phrase takes ("an hour", "a person", "a user"). */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const w = phrase.trim().toLowerCase();
  if (/^(hour|honest|honor|heir)/.test(w)) return 'an';
  if (/^(uni|use|usu|eu|one|once)/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

/**
 * The replacement for a span, given the article that precedes it (if any). When the span was
 * widened to take in its article, the article is recomputed for the new words.
 */
export function formSuggestion(original: string, suggestion: string, article: string | null, sentenceStart = false): string {
  return keepPossessive(original, formed(original, suggestion, article, sentenceStart));
}

/** "patients' intake" → "people receiving services' intake": the replacement keeps the owner's mark. */
function keepPossessive(original: string, replacement: string): string {
  const mark = /(['’])s?$/.exec(original);
  if (!mark || POSSESSIVE_END.test(replacement)) return replacement;
  return replacement.endsWith('s') ? `${replacement}${mark[1]}` : `${replacement}${mark[1]}s`;
}

function formed(original: string, suggestion: string, article: string | null, sentenceStart: boolean): string {
  if (article === null) return matchCase(original, suggestion, sentenceStart);
  // A suggestion with its own article, or a plural one ("people who…"), replaces the article too.
  if (/^(a|an|the|people|individuals|persons)\b/i.test(suggestion)) return matchCase(original, suggestion, sentenceStart);
  const body = original.slice(article.length).replace(/^\s+/, '');
  return `${matchCase(article, indefiniteArticle(suggestion))} ${matchCase(body, suggestion)}`;
}
