// Requests from extension pages to the background worker, with validated answers.
import { browser } from 'wxt/browser';
import * as z from 'zod';
import { selectionRequestResultSchema, type SelectionRequestResult } from './protocol.js';

/** How long a page that took a selection hand-over keeps it for its own reloads. */
const RELOAD_KEEP_MS = 15_000;
const keptKey = (tabId: number) => `peerlens-selection:${tabId}`;
const NONE: SelectionRequestResult = { selection: false, text: '' };

/**
 * Did the context menu ask to check the selection in this tab? Asking consumes the request, so
 * the next check reads the page again. The page that took it keeps it for a few seconds in its
 * own session storage: a popup or report tab that loads twice (Firefox can load a new tab's page
 * again right after it opened) still checks the selection.
 */
export async function takeSelectionRequest(tabId: number): Promise<SelectionRequestResult> {
  const taken = await askBackground(tabId);
  if (taken.selection) keep(tabId, taken.text);
  return taken.selection ? taken : kept(tabId);
}

async function askBackground(tabId: number): Promise<SelectionRequestResult> {
  try {
    const raw: unknown = await browser.runtime.sendMessage({ type: 'peerlens:take-selection-request', tabId });
    const parsed = selectionRequestResultSchema.safeParse(raw);
    return parsed.success ? parsed.data : NONE;
  } catch {
    return NONE;
  }
}

function keep(tabId: number, text: string): void {
  try {
    globalThis.sessionStorage?.setItem(keptKey(tabId), JSON.stringify({ text, at: Date.now() }));
  } catch {
    // storage refused (private mode, quota): a reload reads the page, as before
  }
}

const keptSchema = z.object({ text: z.string(), at: z.number() });

function kept(tabId: number): SelectionRequestResult {
  try {
    const raw = globalThis.sessionStorage?.getItem(keptKey(tabId));
    const parsed = raw ? keptSchema.safeParse(JSON.parse(raw)) : null;
    if (!parsed?.success || !(Date.now() - parsed.data.at <= RELOAD_KEEP_MS)) return NONE;
    return { selection: true, text: parsed.data.text };
  } catch {
    return NONE;
  }
}
