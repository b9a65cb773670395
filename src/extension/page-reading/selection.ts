// The text the user selected ("Check with PeerLens"): the selected part of a text field (offsets
// from `start` in its value), or the selected DOM text with its text-node map.
import { buildTextMap } from './text-node-map.js';
import type { Segment, TextMap } from './types.js';

export type SelectionReading =
  | { kind: 'field'; element: HTMLTextAreaElement | HTMLInputElement; text: string; start: number }
  | { kind: 'dom'; text: string; map: TextMap };

export function readSelection(doc: Document): SelectionReading | null {
  const active = doc.activeElement;
  if (active && (active.tagName === 'TEXTAREA' || active.tagName === 'INPUT')) {
    const field = active as HTMLTextAreaElement | HTMLInputElement;
    const start = field.selectionStart ?? 0;
    const end = field.selectionEnd ?? 0;
    if (end > start) return { kind: 'field', element: field, text: field.value.slice(start, end), start };
  }
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const maps: TextMap[] = [];
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    const common = range.commonAncestorContainer;
    const root = common.nodeType === 1 ? (common as Element) : common.parentElement;
    if (root) maps.push(buildTextMap(root, { range, keepChrome: true }));
  }
  const map = joinMaps(maps.filter((m) => m.text));
  return map.text ? { kind: 'dom', text: map.text, map } : null;
}

/** Several selected ranges (Firefox table selections) as one text, a blank line apart. */
function joinMaps(maps: TextMap[]): TextMap {
  if (maps.length === 1) return maps[0]!;
  let text = '';
  const segments: Segment[] = [];
  for (const map of maps) {
    if (text) text += '\n\n';
    for (const s of map.segments) segments.push({ ...s, start: s.start + text.length });
    text += map.text;
  }
  return { text, segments };
}
