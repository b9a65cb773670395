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

export function classifyEdit(before: string, after: string, edit: SpanEdit): EditOutcome {
  if (after === before) return 'unchanged';
  if (normalizeSpaces(after) === normalizeSpaces(textAfterEdit(before, edit))) return 'applied';
  return 'partial';
}
