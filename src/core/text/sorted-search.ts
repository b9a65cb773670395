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

/** The first index whose span starts at or after `value`, in spans sorted by start (no call per step). */
export function firstStartingAtOrAfter(spans: readonly { start: number }[], value: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index at or after `from` whose value is at least `value`, in ascending numbers (a
 * typed array: no call per step, and the values lie together in memory). */
export function firstAtLeast(values: Int32Array, value: number, from: number): number {
  let lo = from;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! >= value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
