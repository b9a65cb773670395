// Ways of undoing the last edit in a field, used when an attempt half-applied.
// Framework editors keep their own history and listen for the undo shortcut or a
// "historyUndo" beforeinput; plain fields use the browser's undo stack.
import { editableElement, keepsOwnModel, type Editable } from './editor-detection.js';

export interface UndoStep {
  name: 'historyUndo' | 'shortcut' | 'execCommand';
  appliesTo(editable: Editable): boolean;
  run(editable: Editable): void;
}

function isApplePlatform(nav: Navigator): boolean {
  return /Mac|iPhone|iPad|iPod/i.test(nav.platform || nav.userAgent);
}

export const historyUndoStep: UndoStep = {
  name: 'historyUndo',
  appliesTo: (editable) => keepsOwnModel(editable),
  run(editable) {
    const init: InputEventInit = { inputType: 'historyUndo', bubbles: true, cancelable: true, composed: true };
    editableElement(editable).dispatchEvent(new InputEvent('beforeinput', init));
  },
};

export const shortcutUndoStep: UndoStep = {
  name: 'shortcut',
  appliesTo: (editable) => keepsOwnModel(editable),
  run(editable) {
    const el = editableElement(editable);
    const apple = isApplePlatform(el.ownerDocument.defaultView?.navigator ?? navigator);
    const init: KeyboardEventInit = {
      key: 'z',
      code: 'KeyZ',
      keyCode: 90,
      which: 90,
      ctrlKey: !apple,
      metaKey: apple,
      bubbles: true,
      cancelable: true,
      composed: true,
    } as KeyboardEventInit;
    el.dispatchEvent(new KeyboardEvent('keydown', init));
    el.dispatchEvent(new KeyboardEvent('keyup', init));
  },
};

export const execCommandUndoStep: UndoStep = {
  name: 'execCommand',
  appliesTo: () => true,
  run(editable) {
    const el = editableElement(editable);
    if (el.ownerDocument.activeElement !== el) el.focus({ preventScroll: true });
    try {
      el.ownerDocument.execCommand('undo');
    } catch {
      // nothing to undo with; the caller sees the text unchanged
    }
  },
};

export const DEFAULT_UNDO_STEPS: readonly UndoStep[] = [historyUndoStep, shortcutUndoStep, execCommandUndoStep];
