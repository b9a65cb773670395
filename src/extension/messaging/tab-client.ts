// The extension side of the content-script protocol: inject the script into a tab when it is
// not there yet, send typed requests, and validate every answer before using it.
import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS } from '../marks/highlight-style';
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

/** Makes sure the content script is in the tab's top frame, and the highlight styles in its frames. */
export async function ensureContentScript(tabId: number): Promise<void> {
  if (await isInjected(tabId)) return;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch (error) {
    throw new PageUnavailableError(explainInjectionError(error));
  }
  // User origin: the highlight styles also reach text inside the page's shadow roots. Frames
  // whose text was read (same origin) get them too; where a frame may not be styled, the top
  // document still is. Each insertion restyles the page once, so only one is made.
  const css = { css: HIGHLIGHT_CSS, origin: 'USER' as const };
  await browser.scripting
    .insertCSS({ target: { tabId, allFrames: true }, ...css })
    .catch(() => browser.scripting.insertCSS({ target: { tabId }, ...css }))
    .catch(() => undefined);
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
