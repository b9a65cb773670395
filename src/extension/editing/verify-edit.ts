// Decides, from the field's text before and after an attempt, whether exactly the span changed.

export interface SpanEdit {
  start: number;
  end: number;
  /** The text the span must still hold before the edit. */
  expected: string;
  replacement: string;
}

export type EditOutcome =
  /** The span now holds the replacement and nothing else changed. */
  | 'applied'
  /** The attempt changed nothing. */
  | 'unchanged'
  /** Something changed, but not exactly the span: the field must be restored. */
  | 'partial';

// Browsers may store a typed space as U+00A0 to keep it visible in contenteditable;
// both render the same, so comparisons treat them as equal.
function normalizeSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** Does the span still hold the text the suggestion was made for? */
export function spanHolds(text: string, edit: SpanEdit): boolean {
  if (edit.start < 0 || edit.end < edit.start || edit.end > text.length) return false;
  return text.slice(edit.start, edit.end) === edit.expected;
}

/** The field's text once the suggestion is applied. */
export function textAfterEdit(before: string, edit: SpanEdit): string {
  return before.slice(0, edit.start) + edit.replacement + before.slice(edit.end);
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/**
 * The same edit without the whole words it leaves as they are ("substance abuse" ->
 * "substance use" only replaces "abuse"): the words kept keep their formatting, and
 * fewer characters go through the editor.
 */
export function narrowEdit(edit: SpanEdit): SpanEdit {
  const { expected, replacement } = edit;
  const limit = Math.min(expected.length, replacement.length);
  let same = 0;
  while (same < limit && expected[same] === replacement[same]) same++;
  let prefix = same;
  while (prefix > 0 && !isSpace(expected[prefix - 1])) prefix--;
  same = 0;
  while (same < limit - prefix && expected[expected.length - 1 - same] === replacement[replacement.length - 1 - same]) same++;
  let suffix = same;
  while (suffix > 0 && !isSpace(expected[expected.length - suffix])) suffix--;
  // Keep at least one replaced character: some editors ignore a replacement of nothing.
  if ((prefix === 0 && suffix === 0) || prefix + suffix >= expected.length) return edit;
  return {
    start: edit.start + prefix,
    end: edit.end - suffix,
    expected: expected.slice(prefix, expected.length - suffix),
    replacement: replacement.slice(prefix, replacement.length - suffix),
  };
}

/**
 * `looseLines`: white space is left out of the comparison, for a whole text inserted into a rich
 * editor, which lays its lines out as paragraphs of its own (and may join the first line to the
 * paragraph at the caret, or start a new one).
 */
export function classifyEdit(before: string, after: string, edit: SpanEdit, looseLines = false): EditOutcome {
  if (after === before) return 'unchanged';
  const same = looseLines
    ? (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '')
    : (a: string, b: string) => normalizeSpaces(a) === normalizeSpaces(b);
  return same(after, textAfterEdit(before, edit)) ? 'applied' : 'partial';
}
