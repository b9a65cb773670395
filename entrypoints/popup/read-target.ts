// Reading the checked tab's text: the content script is injected while the background is asked
// for a context-menu selection, then the page (or the selection) is read. Plain async code, not a
// hook, so the popup's first check can start it before the report UI has loaded.
import { readTab } from '../../src/extension/checking/check-pipeline';
import { takeSelectionRequest } from '../../src/extension/messaging/background-client';
import type { PageReadingMessage } from '../../src/extension/messaging/protocol';
import { ensureContentScript, PageUnavailableError } from '../../src/extension/messaging/tab-client';
import type { CheckTarget } from './tab-target';

export type ReadOutcome = { ok: true; reading: PageReadingMessage } | { ok: false; message: string };

export async function readTarget(target: CheckTarget): Promise<ReadOutcome> {
  const injected = ensureContentScript(target.tabId);
  injected.catch(() => undefined); // awaited below, where its failure is handled
  const asked = await takeSelectionRequest(target.tabId);
  const scope = asked.selection ? 'selection' : target.scope;
  try {
    await injected;
    const readStarted = performance.now();
    const reading = await readTab(target.tabId, scope, injected);
    // A performance measure read by the browser tests.
    performance.measure('peerlens:read', { start: readStarted, detail: { via: reading.via, page: reading.timing ?? null } });
    return { ok: true, reading };
  } catch (error) {
    // A selection sent by the context menu can still be checked, just not marked in place.
    if (asked.selection && asked.text.trim()) {
      return {
        ok: true,
        reading: {
          via: 'selection',
          input: asked.text,
          highlights: 'unavailable',
          editable: false,
          note: 'The page itself could not be read, so findings cannot be marked in place.',
          title: '',
          url: '',
        },
      };
    }
    return {
      ok: false,
      message: error instanceof PageUnavailableError ? error.message : error instanceof Error ? error.message : String(error),
    };
  }
}
