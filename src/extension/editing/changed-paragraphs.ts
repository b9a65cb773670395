// While the user types, only the paragraphs touched since the last check are re-analyzed;
// findings elsewhere keep their place, shifted by the change in length. Pure functions.

export interface TextRange {
  start: number;
  end: number;
}

export interface TextChange {
  /** The dirty paragraphs in the old text: findings inside are stale. */
  oldRange: TextRange;
  /** The same paragraphs in the new text: re-analyze these. */
  newRange: TextRange;
  /** Each paragraph (line) of `newRange`, in order, without its line break. */
  paragraphs: TextRange[];
  /** newText.length - oldText.length: shift for everything after the change. */
  delta: number;
}

function paragraphStart(text: string, offset: number): number {
  return offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

function paragraphEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next === -1 ? text.length : next;
}

function splitParagraphs(text: string, range: TextRange): TextRange[] {
  const out: TextRange[] = [];
  let start = range.start;
  for (;;) {
    const end = paragraphEnd(text, start);
    if (end >= range.end) {
      out.push({ start, end: range.end });
      return out;
    }
    out.push({ start, end });
    start = end + 1;
  }
}

/** The paragraphs that differ between two versions of a text, or null when nothing changed. */
export function changedParagraphs(oldText: string, newText: string): TextChange | null {
  if (oldText === newText) return null;
  const limit = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) {
    suffix++;
  }
  // The texts agree before `prefix` and from the ends' last `suffix` characters on, so
  // the paragraph bounds found in each text line up, `delta` apart at the end.
  const start = paragraphStart(newText, prefix);
  const oldEnd = paragraphEnd(oldText, oldText.length - suffix);
  const newEnd = paragraphEnd(newText, newText.length - suffix);
  const newRange = { start, end: newEnd };
  return {
    oldRange: { start, end: oldEnd },
    newRange,
    paragraphs: splitParagraphs(newText, newRange),
    delta: newText.length - oldText.length,
  };
}

/**
 * Findings of the old text that survive the change, moved to their new offsets.
 * Those overlapping the dirty paragraphs are dropped (the re-analysis replaces them);
 * findings about something missing (start = end = 0) belong to the whole document and
 * are kept as they are, for the caller to refresh.
 */
export function shiftFindings<T extends TextRange>(findings: readonly T[], change: TextChange): T[] {
  const out: T[] = [];
  for (const f of findings) {
    if (f.start === 0 && f.end === 0) out.push(f);
    else if (f.end <= change.oldRange.start) out.push(f);
    else if (f.start > change.oldRange.end) out.push({ ...f, start: f.start + change.delta, end: f.end + change.delta });
  }
  return out;
}
