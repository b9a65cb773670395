// Inserts a whole text (a written job description) at the caret of an editable field, through
// the same ladder as a suggestion (apply-suggestion.ts): input events the editor handles in
// its own model, verified by re-reading the field, undone when half-applied. Rich editors lay
// new lines out as paragraphs, so the check compares words and not the exact line breaks.
import { applySuggestion, type ApplyOptions, type ApplyResult } from './apply-suggestion.js';
import { copyToClipboard } from './clipboard-fallback.js';
import { readEditableText } from './editable-text.js';
import { findEditable, type Editable } from './editor-detection.js';
import { offsetAt } from '../page-reading/text-node-map.js';
import type { TextMap } from '../page-reading/types.js';

/** Where the caret is, as an offset into the field's text; the end when it is not in the field. */
export function caretOffset(editable: Editable, text: string, map: TextMap | null): number {
  if (editable.kind === 'text-control') return editable.element.selectionEnd ?? text.length;
  const selection = editable.root.ownerDocument.getSelection();
  const node = selection?.focusNode;
  if (!selection || !node || !map || !editable.root.contains(node)) return text.length;
  const at = offsetAt(map, node, selection.focusOffset);
  return at < 0 ? text.length : at;
}

export async function insertText(target: Element | null, text: string, options: ApplyOptions = {}): Promise<ApplyResult> {
  const editable = findEditable(target);
  // No field has the focus: the text goes to the clipboard, to paste where it belongs.
  if (!target || !editable)
    return { ok: false, reason: 'not-editable', copied: await (options.copy ?? ((t: string) => copyToClipboard(t, document)))(text) };
  const { text: current, map } = readEditableText(editable);
  const at = caretOffset(editable, current, map);
  return applySuggestion(target, { start: at, end: at, expected: '', replacement: text }, { looseLines: true, ...options });
}
