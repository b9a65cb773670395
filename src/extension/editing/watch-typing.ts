// Re-check while typing: waits for a pause, then reports which paragraphs changed so the
// caller re-analyzes only those (a 10-page draft stays smooth).
import { changedParagraphs, type TextChange } from './changed-paragraphs.js';
import { readEditableText } from './editable-text.js';
import { editableElement, type Editable } from './editor-detection.js';

export interface TypingWatch {
  /** Reports a pending change now instead of after the pause. */
  flush(): void;
  stop(): void;
}

export function watchTyping(editable: Editable, onChange: (change: TextChange, text: string) => void, delayMs = 400): TypingWatch {
  const el = editableElement(editable);
  const win = el.ownerDocument.defaultView ?? globalThis;
  let last = readEditableText(editable).text;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const report = (): void => {
    timer = null;
    const text = readEditableText(editable).text;
    const change = changedParagraphs(last, text);
    last = text;
    if (change) onChange(change, text);
  };
  const schedule = (): void => {
    if (timer !== null) win.clearTimeout(timer);
    timer = win.setTimeout(report, delayMs);
  };

  // Editors that apply edits in their own model (Quill, Lexical) fire no input event
  // for them, so rich fields are watched through DOM mutations as well.
  el.addEventListener('input', schedule);
  const observer = editable.kind === 'contenteditable' ? new MutationObserver(schedule) : null;
  observer?.observe(el, { subtree: true, childList: true, characterData: true });

  return {
    flush() {
      if (timer !== null) {
        win.clearTimeout(timer);
        report();
      }
    },
    stop() {
      if (timer !== null) win.clearTimeout(timer);
      timer = null;
      el.removeEventListener('input', schedule);
      observer?.disconnect();
    },
  };
}
