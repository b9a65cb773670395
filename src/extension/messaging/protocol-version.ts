// Kept apart from protocol.ts so the content script can import it without pulling in zod.
/** Bumped when the protocol changes, so a stale injected script is replaced, not reused. */
export const PROTOCOL_VERSION = 2;

/** The built content script, as scripting.executeScript wants it. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The editing script, injected only when a suggestion is applied in an editor. */
export const EDITOR_SCRIPT_FILE = '/content-scripts/editor.js' as const;

/** The overlay for marks in text fields, injected only when a textarea or text input is read. */
export const FIELD_MARKS_SCRIPT_FILE = '/content-scripts/field-marks.js' as const;

/** The keyboard's way to the marks, injected once marks are drawn. */
export const MARK_LIST_SCRIPT_FILE = '/content-scripts/mark-list.js' as const;

/** The card shown on a mark, injected when the user first opens one. */
export const FINDING_CARD_SCRIPT_FILE = '/content-scripts/finding-card.js' as const;
