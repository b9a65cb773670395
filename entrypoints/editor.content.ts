// The editing script: injected next to content.js only when the user applies a suggestion, so
// pages where nobody edits never carry the editor ladder. It applies one span through the
// editing code (select, input events, verify, undo-safe) and says what happened.
import { applySuggestion } from '../src/extension/editing/apply-suggestion';
import { readEditableText, spanForEdit } from '../src/extension/editing/editable-text';
import { findEditable } from '../src/extension/editing/editor-detection';
import { insertText } from '../src/extension/editing/insert-text';
import { publishEditorApi, type ApplyOutcome, type ApplyRequest } from './content/editor-api';

const FAILURE_TEXT: Record<string, string> = {
  'not-editable': 'This field cannot be edited.',
  'text-changed': 'The text changed since the check; check again for fresh suggestions.',
  'span-crosses-blocks': 'This span runs across paragraphs, so it was not replaced automatically.',
  'editor-refused': 'The editor did not accept the change.',
  'restore-failed': 'The editor changed more than the span; use the editor’s undo to restore it.',
};

async function apply(element: HTMLElement, request: ApplyRequest): Promise<ApplyOutcome> {
  const editable = findEditable(element);
  if (!editable) return { outcome: 'failed', message: FAILURE_TEXT['not-editable']! };
  // The check read a rich editor laid out as page text; the edit reads it verbatim: the span is
  // carried over through the DOM nodes it stands on.
  const span = spanForEdit(editable, request, request.onPage);
  if (!span) return { outcome: 'failed', message: FAILURE_TEXT['text-changed']! };
  const current = readEditableText(editable).text;
  const [start, end] = span;
  const result = await applySuggestion(element, { start, end, expected: current.slice(start, end), replacement: request.replacement });
  if (result.ok) return { outcome: 'applied', message: 'Replaced. Undo in the editor restores the original.' };
  const why = FAILURE_TEXT[result.reason] ?? 'The change was not made.';
  return result.copied
    ? { outcome: 'copied', message: `${why} The suggestion was copied; paste it in place.` }
    : { outcome: 'failed', message: why };
}

async function insert(element: Element | null, text: string): Promise<ApplyOutcome> {
  const result = await insertText(element, text);
  if (result.ok) return { outcome: 'applied', message: 'Inserted. Undo in the editor removes it.' };
  const why =
    result.reason === 'not-editable'
      ? 'No editable field has the focus on that page.'
      : (FAILURE_TEXT[result.reason] ?? 'The text was not inserted.');
  return result.copied
    ? { outcome: 'copied', message: `${why} The posting was copied; paste it in place.` }
    : { outcome: 'failed', message: why };
}

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    publishEditorApi({ apply, insert });
  },
});
