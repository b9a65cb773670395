// Maps plain-text offsets to DOM positions and selects a span in an editable field.
import type { TextMap } from '../page-reading/types.js';
import { editableElement, type Editable } from './editor-detection.js';

export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * The DOM point for a plain-text offset. At a boundary between two text nodes a span's
 * start goes into the later node and its end stays in the earlier one, so the range
 * covers no neighbouring markup. Offsets on synthetic characters (block breaks) have no
 * point of their own: a start moves forward to the next text, an end back to the previous.
 */
export function pointAt(map: TextMap, offset: number, edge: 'start' | 'end'): DomPoint | null {
  const { segments } = map;
  if (offset < 0 || offset > map.text.length) return null;
  if (edge === 'start') {
    for (const seg of segments) {
      if (offset < seg.start + seg.length && offset >= seg.start) {
        return { node: seg.node, offset: seg.nodeStart + (offset - seg.start) };
      }
      if (seg.start > offset) return { node: seg.node, offset: seg.nodeStart };
    }
    const last = segments[segments.length - 1];
    return last && offset === last.start + last.length ? { node: last.node, offset: last.nodeStart + last.length } : null;
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!;
    if (offset > seg.start && offset <= seg.start + seg.length) {
      return { node: seg.node, offset: seg.nodeStart + (offset - seg.start) };
    }
    if (seg.start + seg.length < offset) return { node: seg.node, offset: seg.nodeStart + seg.length };
  }
  const first = segments[0];
  return first && offset === first.start ? { node: first.node, offset: first.nodeStart } : null;
}

/** A DOM Range over [start, end) of the mapped text, or null when the offsets are outside it. */
export function rangeForSpan(map: TextMap, start: number, end: number): Range | null {
  if (start < 0 || end < start || end > map.text.length) return null;
  const from = pointAt(map, start, 'start');
  const to = start === end ? from : pointAt(map, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** What was selected: the DOM range for contenteditable fields, null for text controls. */
export interface SelectedSpan {
  range: Range | null;
}

/**
 * Focuses the field and selects [start, end) of its plain text (as read by
 * readEditableText). Returns null when the span cannot be mapped.
 */
export function selectSpan(editable: Editable, map: TextMap | null, start: number, end: number): SelectedSpan | null {
  const el = editableElement(editable);
  if (editable.kind === 'text-control') {
    if (start < 0 || end < start || end > editable.element.value.length) return null;
    el.focus({ preventScroll: false });
    editable.element.setSelectionRange(start, end, 'forward');
    return { range: null };
  }
  if (!map) return null;
  const range = rangeForSpan(map, start, end);
  if (!range) return null;
  const doc = el.ownerDocument;
  if (doc.activeElement !== el) el.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (!selection) return null;
  selection.removeAllRanges();
  selection.addRange(range);
  return { range };
}
