// What the content script uses to read a page: the posting, the selection and the way from
// analyzed offsets back to DOM ranges for highlights (the focused editor is read by ../editing/).
export { readPage } from './read-page.js';
export { readSelection, type SelectionReading } from './selection.js';
export { createLocator, type Locator } from './locate.js';
export { buildTextMap, rangeAt, offsetAt } from './text-node-map.js';
export type { PageReading, HighlightQuality, ReadVia, TextMap, Segment, BoardAdapter } from './types.js';
