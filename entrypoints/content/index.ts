// The script injected into a page, on demand only (scripting.executeScript after the user
// clicks the toolbar button or the context menu, or on a job board they allowed). It reads
// text and draws highlights; analysis happens in the extension's own pages.
import { browser } from 'wxt/browser';
import type { ContentRequest } from '../../src/extension/messaging/protocol';
import { editorApi } from './editor-api';
import { fieldMarksApi } from './field-marks-api';
import { findingCardApi } from './finding-card-api';
import { markListApi } from './mark-list-api';
import { PageSession, type ChangeReason } from './page-session';

const REQUEST_TYPES = new Set<string>([
  'peerlens:ping',
  'peerlens:read',
  'peerlens:highlight',
  'peerlens:focus',
  'peerlens:clear',
  'peerlens:apply',
]);

// Requests come only from this extension (runtime.onMessage never carries page messages), so
// a shape check is enough here; responses are validated with zod on the extension side.
function isRequest(message: unknown): message is ContentRequest {
  return typeof message === 'object' && message !== null && REQUEST_TYPES.has((message as { type?: unknown }).type as string);
}

/** Quiet time after the last navigation event before the page is re-checked. */
const NAVIGATION_SETTLE_MS = 300;

export default defineContentScript({
  registration: 'runtime',
  // Do not post WXT's start-up message to the page's window: pages need not see us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const notify = (reason: ChangeReason) => {
      browser.runtime.sendMessage({ type: 'peerlens:page-changed', reason }).catch(() => {
        // No extension page is listening; nothing to update.
      });
    };
    // The on-demand scripts (editor.js, field-marks.js, mark-list.js), injected by the background worker.
    const load = async <T>(type: string, api: () => T | null): Promise<T> => {
      if (!api()) await browser.runtime.sendMessage({ type });
      const loaded = api();
      if (!loaded) throw new Error('A PeerLens script did not load.');
      return loaded;
    };
    const remember = async (dismissed: { ruleId: string; text: string }) => {
      await browser.runtime.sendMessage({ type: 'peerlens:dismiss', ...dismissed });
    };
    const session = new PageSession(document, notify, {
      loadEditor: () => load('peerlens:load-editor', editorApi),
      loadFieldMarks: () => load('peerlens:load-field-marks', fieldMarksApi),
      loadMarkList: () => load('peerlens:load-mark-list', markListApi),
      loadFindingCard: () => load('peerlens:load-finding-card', findingCardApi),
      remember,
    });

    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      if (!isRequest(message)) return false;
      session
        .handle(message)
        .then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.dispose();
    });

    // Only the user's own clicks and keys open or close a card; a page's synthetic events do not.
    ctx.addEventListener(window, 'click', (event) => event.isTrusted && session.onClick(event as MouseEvent), { capture: true });
    ctx.addEventListener(window, 'keydown', (event) => event.isTrusted && session.onKey(event as KeyboardEvent), { capture: true });
    // Single-page apps (LinkedIn, Indeed) change the posting without loading a page. The event is
    // one any page can fire, so it is only a hint: once events stop for a moment, the page is
    // re-checked only if its address really changed.
    let checkedUrl = location.href;
    let settle: number | undefined;
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (settle !== undefined) clearTimeout(settle);
      settle = ctx.setTimeout(() => {
        settle = undefined;
        if (location.href === checkedUrl) return;
        checkedUrl = location.href;
        session.clear();
        notify('navigation');
      }, NAVIGATION_SETTLE_MS);
    });
  },
});
