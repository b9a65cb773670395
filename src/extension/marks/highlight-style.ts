// How marks look. Page text: styles for the CSS Custom Highlight API, inserted with
// scripting.insertCSS by the extension (so nothing is added to the page's DOM); highlights only
// take color, background and text-decoration. Text fields: the same look on the spans of the
// overlay's mirror (in our own shadow root). The underline carries the meaning for people who
// cannot tell the colors. A wave is about four pixels tall: one pixel thick and raised a pixel
// into the descenders, it stays inside its own line even in lists set tighter than the font's
// height (tests/e2e/mark-spill.spec.ts measures the line below on screen).
export const HIGHLIGHT_NAMES = {
  error: 'peerlens-error',
  warning: 'peerlens-warning',
  info: 'peerlens-info',
  current: 'peerlens-current',
} as const;

const UNDERLINE = 'text-decoration-thickness: 1px; text-underline-offset: -1px; text-decoration-skip-ink: none;';

export const HIGHLIGHT_CSS = `
::highlight(peerlens-error) {
  background-color: rgba(220, 38, 38, 0.16);
  text-decoration: underline wavy #b91c1c; ${UNDERLINE}
}
::highlight(peerlens-warning) {
  background-color: rgba(217, 119, 6, 0.16);
  text-decoration: underline wavy #b45309; ${UNDERLINE}
}
::highlight(peerlens-info) {
  text-decoration: underline dotted #1d4ed8; ${UNDERLINE}
}
::highlight(peerlens-current) {
  background-color: #fde047;
  color: #111827;
}
@media (prefers-color-scheme: dark) {
  ::highlight(peerlens-error) { background-color: rgba(248, 113, 113, 0.22); text-decoration-color: #f87171; }
  ::highlight(peerlens-warning) { background-color: rgba(251, 191, 36, 0.2); text-decoration-color: #fbbf24; }
  ::highlight(peerlens-info) { text-decoration-color: #93c5fd; }
}
`;

/** The same marks as spans, for the overlay over text fields (letters transparent). */
export const MARK_CSS = `
.mark { border-radius: 2px; ${UNDERLINE} }
.mark.error { background-color: rgba(220, 38, 38, 0.16); text-decoration: underline wavy #b91c1c; ${UNDERLINE} }
.mark.warning { background-color: rgba(217, 119, 6, 0.16); text-decoration: underline wavy #b45309; ${UNDERLINE} }
.mark.info { text-decoration: underline dotted #1d4ed8; ${UNDERLINE} }
.mark.current { background-color: rgba(253, 224, 71, 0.55); }
@media (prefers-color-scheme: dark) {
  .mark.error { background-color: rgba(248, 113, 113, 0.22); text-decoration-color: #f87171; }
  .mark.warning { background-color: rgba(251, 191, 36, 0.2); text-decoration-color: #fbbf24; }
  .mark.info { text-decoration-color: #93c5fd; }
}
`;
