// The ways of asking a field to replace its selected text, in the order of anchors.md §C4.
// Each one only dispatches; applySuggestion re-reads the text to see whether it worked.
import { editableElement, keepsOwnModel, type Editable } from './editor-detection.js';

export type InsertMethod = 'beforeinput' | 'execCommand' | 'paste';

export interface InsertContext {
  editable: Editable;
  replacement: string;
  /** The selected span in a contenteditable field (null for textarea/input). */
  range: Range | null;
}

export interface InsertStrategy {
  method: InsertMethod;
  appliesTo(editable: Editable): boolean;
  /** Dispatches the attempt; false when the browser refused to even try. */
  run(ctx: InsertContext): boolean;
}

function plainTextTransfer(text: string): DataTransfer | null {
  try {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    return transfer;
  } catch {
    return null; // very old engines cannot construct DataTransfer
  }
}

function staticRangeOf(range: Range): StaticRange | null {
  if (typeof StaticRange !== 'function') return null;
  return new StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
}

/**
 * The event a spell-checker sends (Input Events Level 2, "insertReplacementText"):
 * framework editors (Lexical, Quill, CKEditor, Slate) handle it in their own model.
 * Only for framework editors: for plain fields a synthetic beforeinput does nothing.
 */
export const beforeInputStrategy: InsertStrategy = {
  method: 'beforeinput',
  appliesTo: (editable) => keepsOwnModel(editable),
  run({ editable, replacement, range }) {
    const init: InputEventInit = {
      inputType: 'insertReplacementText',
      data: null,
      dataTransfer: plainTextTransfer(replacement),
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    const target = range && staticRangeOf(range);
    if (target) init.targetRanges = [target]; // Quill and CKEditor replace exactly these
    editableElement(editable).dispatchEvent(new InputEvent('beforeinput', init));
    return true;
  },
};

/**
 * execCommand('insertText'): deprecated but still the only API whose edits land in the
 * browser's undo stack, and editors that watch DOM mutations (ProseMirror) see it as typing.
 */
export const execCommandStrategy: InsertStrategy = {
  method: 'execCommand',
  appliesTo: () => true,
  run({ editable, replacement }) {
    const doc = editableElement(editable).ownerDocument;
    if (typeof doc.execCommand !== 'function') return false;
    try {
      return doc.execCommand('insertText', false, replacement);
    } catch {
      return false;
    }
  },
};

/** A synthetic paste of plain text, the route some editors accept when the others fail. */
export const pasteStrategy: InsertStrategy = {
  method: 'paste',
  appliesTo: () => true,
  run({ editable, replacement }) {
    const clipboardData = plainTextTransfer(replacement);
    if (!clipboardData) return false;
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
    editableElement(editable).dispatchEvent(event);
    return true;
  },
};

export const DEFAULT_STRATEGIES: readonly InsertStrategy[] = [beforeInputStrategy, execCommandStrategy, pasteStrategy];
