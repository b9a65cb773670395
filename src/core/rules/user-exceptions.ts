// What the user said is fine: phrases the organization allows (never flagged, wherever they
// appear) and findings dismissed for one document (that rule on that text). Both are dropped
// before scoring, so they cost no points.
import { PhraseMatcher } from '../patterns/phrase-matcher.js';
import type { Token } from '../text/tokenize.js';
import type { Finding } from '../types.js';
import { customTermProblem, termToPattern } from '../patterns/typed-term.js';

export interface DismissedFinding {
  ruleId: string;
  /** The finding's text ("" for a finding about something missing). */
  text: string;
}

/** A key that is the same for a dismissed finding and the finding it dismisses. */
export function dismissalKey(d: DismissedFinding): string {
  return `${d.ruleId}\u0000${d.text}`;
}

/** Text ranges where an allowed phrase occurs (matched like a custom term: by its words). */
function allowedRanges(tokens: readonly Token[], phrases: readonly string[]): Array<[number, number]> {
  const matcher = new PhraseMatcher<number>();
  let any = false;
  for (const phrase of phrases) {
    // A phrase that cannot be matched is skipped, never allowed to break an analysis.
    if (customTermProblem(phrase) !== null) continue;
    matcher.add(termToPattern(phrase), 0);
    any = true;
  }
  if (!any) return [];
  return matcher.matchAll(tokens).map((m) => [tokens[m.first]!.start, tokens[m.end - 1]!.end] as [number, number]);
}

/** "Does one of these ranges hold [start, end) whole?", in O(log n) per question. */
function containment(ranges: Array<[number, number]>): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const maxEnd = new Float64Array(sorted.length);
  sorted.forEach((r, i) => (maxEnd[i] = Math.max(r[1], i ? maxEnd[i - 1]! : -Infinity)));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! >= end;
  };
}

export function dropUserExceptions(
  tokens: readonly Token[],
  findings: Finding[],
  allowedPhrases: readonly string[] = [],
  dismissed: readonly DismissedFinding[] = [],
): Finding[] {
  if (!allowedPhrases.length && !dismissed.length) return findings;
  const ranges = allowedPhrases.length ? allowedRanges(tokens, allowedPhrases) : [];
  const inside = ranges.length ? containment(ranges) : null;
  const off = new Set(dismissed.map(dismissalKey));
  return findings.filter((f) => {
    if (off.size && off.has(dismissalKey(f))) return false;
    return !(inside && f.end > f.start && inside(f.start, f.end));
  });
}
