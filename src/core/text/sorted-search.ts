// Binary search over sorted data (tokens, lines, spans, text segments): where a condition that is
// false up to some index and true from there on first holds, in O(log n) steps.

/** The first index in [0, length) where `holds` is true, or `length` when it never is. */
export function firstIndexWhere(length: number, holds: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
