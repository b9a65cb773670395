// rewrite(): the whole revised text with the chosen suggestions applied. Replacements are
// applied in one pass, front to back, at their original offsets; a lived-experience requirement
// sentence replaces the weaker sentence about lived experience where there is one, else it is
// inserted under the qualifications heading (or in a new one at the end).
import { weakSentenceSpan } from './rewrite-weak-sentence.js';
import type { Finding } from './types.js';

/** Which suggestion to use for a finding: its index, or null to leave it as it is. */
export type SuggestionChoice = (finding: Finding, index: number) => number | null;

const QUALIFICATIONS_HEADING = /^[ \t#*]*(?:minimum |required |basic )?(?:qualifications|requirements|requirements and qualifications|what you(?:'|’)ll need|who you are)\b[^\n]*$/im;

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

function insertSentences(text: string, sentences: string[]): string {
  if (!sentences.length) return text;
  const heading = QUALIFICATIONS_HEADING.exec(text);
  if (heading) {
    const at = heading.index + heading[0].length;
    const nextLine = text.slice(at + 1).split('\n', 1)[0] ?? '';
    const bullet = /^\s*([-*•])\s/.exec(nextLine)?.[1] ?? '-';
    return text.slice(0, at) + sentences.map((s) => `\n${bullet} ${s}`).join('') + text.slice(at);
  }
  // trimEnd, not /\s+$/: that regex is quadratic on long runs of inner whitespace
  const trimmed = text.trimEnd();
  return `${trimmed}\n\nMinimum qualifications\n${sentences.map((s) => `- ${s}`).join('\n')}\n`;
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
  const pieces: string[] = [];
  let at = 0;
  for (const r of kept) {
    pieces.push(text.slice(at, r.start), r.with);
    at = r.end;
  }
  pieces.push(text.slice(at));
  // A sentence that already went in, in place of a weak one, is not added a second time.
  const placed = new Set(kept.map((r) => r.with));
  return insertSentences(pieces.join(''), inserts.filter((s) => !placed.has(s)));
}
