// Applies a suggested rewrite to one span of an editable field without breaking the editor:
// the methods of insertion-strategies.ts tried in turn. The field's content is never assigned wholesale; every
// attempt is verified by re-reading the text, and a half-applied attempt is undone.
import { copyToClipboard, type CopyText } from './clipboard-fallback.js';
import type { TextMap } from '../page-reading/types.js';
import { readEditableText } from './editable-text.js';
import { findEditable, type Editable } from './editor-detection.js';
import { DEFAULT_STRATEGIES, type InsertMethod, type InsertStrategy } from './insertion-strategies.js';
import { selectSpan } from './span-selection.js';
import { DEFAULT_UNDO_STEPS, type UndoStep } from './undo-edit.js';
import { watchUserInput, type UserInputWatch } from './user-input-watch.js';
import { classifyEdit, narrowEdit, spanHolds, type SpanEdit } from './verify-edit.js';

export type ApplyFailure =
  /** The target is not a field we may edit (read-only, password, not editable). */
  | 'not-editable'
  /** The span no longer holds the expected text: the user edited it since the check. */
  | 'text-changed'
  /** The span runs across paragraphs of a rich field; replacing it would merge them. */
  | 'span-crosses-blocks'
  /** Every method was tried and the editor did not take the replacement. */
  | 'editor-refused'
  /** An attempt changed the field in an unexpected way and undo could not restore it. */
  | 'restore-failed';

export type ApplyResult = { ok: true; method: InsertMethod | 'none' } | { ok: false; reason: ApplyFailure; copied: boolean };

export interface ApplyOptions {
  strategies?: readonly InsertStrategy[];
  undoSteps?: readonly UndoStep[];
  copy?: CopyText;
  /** Waits for the editor to take in a selection or an edit (most update asynchronously). */
  settle?: () => Promise<void>;
  watchUser?: (doc: Document) => UserInputWatch;
  /** White space may come out differently (a rich editor's paragraphs): see classifyEdit. */
  looseLines?: boolean;
}

// Quill reads the selection 1 ms after selectionchange; Lexical and ProseMirror in a microtask.
const defaultSettle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

// A restoring undo step that changes the text without restoring it is retried at most
// this often: beyond that it is undoing the user's own earlier edits.
const MAX_UNDO_REPEATS = 2;

function currentText(editable: Editable): string {
  return readEditableText(editable).text;
}

async function restore(editable: Editable, before: string, steps: readonly UndoStep[], settle: () => Promise<void>): Promise<boolean> {
  for (const step of steps) {
    if (!step.appliesTo(editable)) continue;
    for (let i = 0; i < MAX_UNDO_REPEATS; i++) {
      const previous = currentText(editable);
      step.run(editable);
      await settle();
      const now = currentText(editable);
      if (now === before) return true;
      if (now === previous) break; // this way of undoing does nothing here: try the next
      if (i === MAX_UNDO_REPEATS - 1) return false;
    }
  }
  return false;
}

/** Everything one run of the ladder works with. */
interface Run {
  editable: Editable;
  before: string;
  map: TextMap | null;
  edit: SpanEdit;
  strategies: readonly InsertStrategy[];
  undoSteps: readonly UndoStep[];
  settle: () => Promise<void>;
  user: UserInputWatch;
  looseLines: boolean;
  fail: (reason: ApplyFailure, offerCopy: boolean) => Promise<ApplyResult>;
}

export async function applySuggestion(target: Element, edit: SpanEdit, options: ApplyOptions = {}): Promise<ApplyResult> {
  const copy = options.copy ?? ((text: string) => copyToClipboard(text, target.ownerDocument));
  const fail = async (reason: ApplyFailure, offerCopy: boolean): Promise<ApplyResult> => ({
    ok: false,
    reason,
    copied: offerCopy ? await copy(edit.replacement) : false,
  });

  const editable = findEditable(target);
  if (!editable) return fail('not-editable', true);
  const { text: before, map } = readEditableText(editable);
  // A stale finding is refused outright: the re-check will offer fresh suggestions.
  if (!spanHolds(before, edit)) return fail('text-changed', false);
  if (edit.replacement === edit.expected) return { ok: true, method: 'none' };
  if (editable.kind === 'contenteditable' && edit.expected.includes('\n')) return fail('span-crosses-blocks', true);

  const user = (options.watchUser ?? watchUserInput)(target.ownerDocument);
  try {
    return await climbLadder({
      editable,
      before,
      map,
      edit,
      strategies: options.strategies ?? DEFAULT_STRATEGIES,
      undoSteps: options.undoSteps ?? DEFAULT_UNDO_STEPS,
      settle: options.settle ?? defaultSettle,
      user,
      looseLines: options.looseLines ?? false,
      fail,
    });
  } finally {
    user.stop();
  }
}

async function climbLadder(run: Run): Promise<ApplyResult> {
  const { editable, before, edit, settle } = run;
  const change = narrowEdit(edit);
  for (const strategy of run.strategies) {
    if (!strategy.appliesTo(editable)) continue;
    // Re-read each time: a refused attempt may have re-rendered the nodes under the span.
    const map = editable.kind === 'contenteditable' ? readEditableText(editable).map : run.map;
    const selected = selectSpan(editable, map, change.start, change.end);
    if (!selected) return run.fail('editor-refused', true);
    await settle();
    if (!strategy.run({ editable, replacement: change.replacement, range: selected.range })) continue;
    await settle();
    let outcome = classifyEdit(before, currentText(editable), edit, run.looseLines);
    // A slow editor may still be applying it; moving on now could apply it twice.
    if (outcome === 'unchanged') {
      await settle();
      outcome = classifyEdit(before, currentText(editable), edit, run.looseLines);
    }
    if (outcome === 'applied') return { ok: true, method: strategy.method };
    // The user typed meanwhile: what changed may be theirs, so nothing is undone or retried.
    if (run.user.acted) return run.fail('text-changed', false);
    if (outcome === 'partial' && !(await restore(editable, before, run.undoSteps, settle))) {
      return run.fail('restore-failed', true);
    }
  }
  return run.fail('editor-refused', true);
}
