// Public surface of editable fields (finding, reading, editing), used by the content script (and
// bundled on its own for the editor browser tests).
export { applySuggestion, type ApplyFailure, type ApplyOptions, type ApplyResult } from './apply-suggestion.js';
export { changedParagraphs, shiftFindings, type TextChange, type TextRange } from './changed-paragraphs.js';
export { readContentEditable, readEditableText, readFieldForCheck, spanForEdit, type FieldReading } from './editable-text.js';
export { findEditable, findFieldToRead, type Editable, type EditorKind } from './editor-detection.js';
export type { InsertMethod } from './insertion-strategies.js';
export type { SpanEdit } from './verify-edit.js';
export { watchTyping, type TypingWatch } from './watch-typing.js';
