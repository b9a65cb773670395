// Styles for the CSS Custom Highlight API, inserted with scripting.insertCSS by the extension
// (so nothing is added to the page's DOM). Highlights only take color, background and
// text-decoration; the wavy underline carries the meaning for people who cannot tell the colors.
export const HIGHLIGHT_NAMES = {
  error: 'peerlens-error',
  warning: 'peerlens-warning',
  info: 'peerlens-info',
  current: 'peerlens-current',
} as const;

export const HIGHLIGHT_CSS = `
::highlight(peerlens-error) {
  background-color: rgba(220, 38, 38, 0.16);
  text-decoration: underline wavy #b91c1c;
  text-decoration-thickness: 2px;
}
::highlight(peerlens-warning) {
  background-color: rgba(217, 119, 6, 0.16);
  text-decoration: underline wavy #b45309;
  text-decoration-thickness: 2px;
}
::highlight(peerlens-info) {
  text-decoration: underline dotted #1d4ed8;
  text-decoration-thickness: 2px;
}
::highlight(peerlens-current) {
  background-color: #fde047;
  color: #111827;
}
`;
