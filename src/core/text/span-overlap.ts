// "Does this span overlap any of those?" for many spans at once, in O(log n) per question,
// so merging one list of findings into another stays linear-logarithmic on huge documents.

import { firstStartingAtOrAfter } from './sorted-search.js';

export interface OffsetSpan {
  start: number;
  end: number;
}

export function overlapChecker(spans: readonly OffsetSpan[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // maxEnd[i]: the furthest end among sorted[0..i]
  const maxEnd = new Float64Array(sorted.length);
  sorted.forEach((s, i) => {
    maxEnd[i] = Math.max(s.end, i ? maxEnd[i - 1]! : -Infinity);
  });
  return (start, end) => {
    // spans starting before `end` are the only candidates; one of them overlaps if it ends after `start`
    const lo = firstStartingAtOrAfter(sorted, end);
    return lo > 0 && maxEnd[lo - 1]! > start;
  };
}
