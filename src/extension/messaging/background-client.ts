// Requests from extension pages to the background worker, with validated answers.
import { browser } from 'wxt/browser';
import { selectionRequestResultSchema, type SelectionRequestResult } from './protocol.js';

/** Did the context menu ask to check the selection in this tab? Asking consumes the request. */
export async function takeSelectionRequest(tabId: number): Promise<SelectionRequestResult> {
  try {
    const raw: unknown = await browser.runtime.sendMessage({ type: 'peerlens:take-selection-request', tabId });
    const parsed = selectionRequestResultSchema.safeParse(raw);
    return parsed.success ? parsed.data : { selection: false, text: '' };
  } catch {
    return { selection: false, text: '' };
  }
}
