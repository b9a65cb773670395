// rewrite(): the whole revised text with the chosen suggestions applied. Replacements are
// applied in one pass, front to back, at their original offsets; a lived-experience requirement
// sentence replaces the weaker sentence about lived experience where there is one, else it is
// inserted under the qualifications heading the analyzer found (`insertAt`), or in a new one at
// the end.
import { weakSentenceSpan } from './rewrite-weak-sentence.js';
import type { Finding } from './types.js';

/** Which suggestion to use for a finding: its index, or null to leave it as it is. */
export type SuggestionChoice = (finding: Finding, index: number) => number | null;

const firstSuggestion: SuggestionChoice = (f) => (f.suggestions.length ? 0 : null);

/**
 * Findings a rewrite applies by default: replacements of errors and warnings (info findings are
 * contested words the seeds do not prescribe), and the lived-experience requirement sentence.
 */
export function isRewritable(f: Finding): boolean {
  if (!f.suggestions.length || f.severity === 'info') return false;
  if (f.fix === 'replace') return f.end > f.start;
  return f.fix === 'insert' && f.family === 'lived-experience';
}

/** A new qualifications section at the end, for a text that has none. */
function appendSection(text: string, sentences: string[]): string {
  if (!sentences.length) return text;
  // trimEnd, not /\s+$/: that regex is quadratic on long runs of inner whitespace
  const trimmed = text.trimEnd();
  return `${trimmed}\n\nMinimum qualifications\n${sentences.map((s) => `- ${s}`).join('\n')}\n`;
}

/**
 * Where the analyzer said the sentence goes (the end of the qualifications heading's line, found
 * with the lexicon's headings), written as bullets like the list below it; null when the text
 * no longer has a line end there.
 */
function insertionUnderHeading(text: string, findings: readonly Finding[], sentences: string[]): { at: number; with: string } | null {
  const at = findings.find((f) => f.fix === 'insert' && f.insertAt !== undefined)?.insertAt;
  if (!sentences.length || at === undefined || at > text.length || (at < text.length && text[at] !== '\n')) return null;
  const nextLine = text.slice(at + 1).split('\n', 1)[0] ?? '';
  const bullet = /^\s*([-*•])\s/.exec(nextLine)?.[1] ?? '-';
  return { at, with: sentences.map((s) => `\n${bullet} ${s}`).join('') };
}

export function rewrite(text: string, findings: readonly Finding[], choose: SuggestionChoice = firstSuggestion): string {
  const replacements: { start: number; end: number; with: string }[] = [];
  const inserts: string[] = [];
  findings.forEach((f, i) => {
    if (!isRewritable(f)) return;
    const pick = choose(f, i);
    if (pick === null) return;
    const suggestion = f.suggestions[pick];
    if (suggestion === undefined) return;
    if (f.fix === 'insert') {
      const weak = weakSentenceSpan(text, f);
      if (weak) replacements.push({ start: weak[0], end: weak[1], with: suggestion });
      else if (!inserts.includes(suggestion)) inserts.push(suggestion);
    } else if (text.slice(f.start, f.end) === f.text) replacements.push({ start: f.start, end: f.end, with: suggestion });
  });
  // Overlapping replacements: the earlier (then longer) one wins, so a replaced sentence takes
  // the word fixes inside it along.
  replacements.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof replacements = [];
  for (const r of replacements) if (!kept.length || r.start >= kept[kept.length - 1]!.end) kept.push(r);
  // Built from pieces in one pass: re-slicing the whole text per replacement is quadratic.
  // A sentence that already went in, in place of a weak one, is not added a second time.
  const placed = new Set(kept.map((r) => r.with));
  const sentences = inserts.filter((s) => !placed.has(s));
  const insertion = insertionUnderHeading(text, findings, sentences);
  let inserted = false;
  const pieces: string[] = [];
  let at = 0;
  const insertHere = (end: number) => {
    if (!insertion || inserted || insertion.at < at || insertion.at > end) return;
    pieces.push(text.slice(at, insertion.at), insertion.with);
    at = insertion.at;
    inserted = true;
  };
  for (const r of kept) {
    insertHere(r.start);
    pieces.push(text.slice(at, r.start), r.with);
    at = r.end;
  }
  insertHere(text.length);
  pieces.push(text.slice(at));
  return inserted ? pieces.join('') : appendSection(pieces.join(''), sentences);
}
