// The extension side of the content-script protocol: inject the script into a tab when it is
// not there yet, send typed requests, and validate every answer before using it.
import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS } from '../../../entrypoints/content/highlight-style';
import { contentResponseSchemas, errorResultSchema, type ContentRequest, type ContentResponses } from './protocol.js';
import { CONTENT_SCRIPT_FILE, PROTOCOL_VERSION } from './protocol-version.js';

/** The page cannot be read: a browser page, the web store, a PDF viewer, or no permission. */
export class PageUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageUnavailableError';
  }
}

export async function askTab<T extends ContentRequest['type']>(
  tabId: number,
  request: Extract<ContentRequest, { type: T }>,
): Promise<ContentResponses[T]> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, request);
  const failure = errorResultSchema.safeParse(raw);
  if (failure.success) throw new Error(`The page script failed: ${failure.data.error}`);
  const parsed = contentResponseSchemas[request.type].safeParse(raw);
  if (!parsed.success) throw new Error(`Unexpected answer from the page to ${request.type}.`);
  return parsed.data as ContentResponses[T];
}

async function isInjected(tabId: number): Promise<boolean> {
  try {
    const pong = await askTab(tabId, { type: 'peerlens:ping' });
    return pong.version === PROTOCOL_VERSION;
  } catch {
    return false;
  }
}

/** Makes sure the content script (and the highlight styles) are in the tab's top frame. */
export async function ensureContentScript(tabId: number): Promise<void> {
  if (await isInjected(tabId)) return;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    // User origin: the highlight styles also reach text inside the page's shadow roots.
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS, origin: 'USER' });
  } catch (error) {
    throw new PageUnavailableError(explainInjectionError(error));
  }
  try {
    // Same-origin frames whose text was read get the styles too; other frames are not ours to style.
    await browser.scripting.insertCSS({ target: { tabId, allFrames: true }, css: HIGHLIGHT_CSS, origin: 'USER' });
  } catch {
    // A frame we may not style: its text, if any, is listed in the report all the same.
  }
}

function explainInjectionError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/permission|Cannot access|Missing host/i.test(text)) {
    return 'PeerLens may not read this page. Click the PeerLens button while the page is open, or allow job boards in the options.';
  }
  if (/chrome:|edge:|about:|extensions gallery|webstore|cannot be scripted/i.test(text)) {
    return 'Browser pages and extension stores cannot be checked.';
  }
  return `PeerLens could not read this page (${text}).`;
}
