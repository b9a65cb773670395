// The background worker: the "Check with PeerLens" context menu and keyboard shortcut, the
// hand-over of a selection to the popup, the analysis of the popup's first check, dismissals made
// in the card on a page, and automatic checks on job boards the user allowed in the options.
import { browser, type Browser } from 'wxt/browser';
import { backgroundRequestSchema, type SelectionRequestResult } from '../src/extension/messaging/protocol';
import {
  EDITOR_SCRIPT_FILE,
  FIELD_MARKS_SCRIPT_FILE,
  FINDING_CARD_SCRIPT_FILE,
  MARK_LIST_SCRIPT_FILE,
} from '../src/extension/messaging/protocol-version';
import { analyzeHere, autoCheckTab, isAllowedBoardTab, prepareAnalyzerHere } from '../src/extension/checking/auto-check';
import { checkOptions } from '../src/extension/checking/check-pipeline';
import type { AnalyzeInput } from '../src/core/types';
import { saveDismissed } from '../src/extension/settings/dismissals';

const MENU_ID = 'peerlens-check-selection';
/** A context-menu request the popup has not picked up within this time is stale. */
const SELECTION_REQUEST_TTL_MS = 2 * 60_000;

type SelectionRequest = { text: string; at: number };
const selectionKey = (tabId: number) => `selection-request:${tabId}`;
// In memory for the popup that opens right after the click; in session storage as well, in
// case the worker is stopped in between.
const selectionRequests = new Map<number, SelectionRequest>();

function rememberSelection(tabId: number, request: SelectionRequest): void {
  selectionRequests.set(tabId, request);
  browser.storage.session?.set({ [selectionKey(tabId)]: request }).catch(() => undefined);
}

async function takeSelection(tabId: number): Promise<SelectionRequestResult> {
  const key = selectionKey(tabId);
  const stored = selectionRequests.get(tabId) ?? ((await browser.storage.session?.get(key))?.[key] as SelectionRequest | undefined);
  selectionRequests.delete(tabId);
  await browser.storage.session?.remove(key).catch(() => undefined);
  if (!stored || Date.now() - stored.at > SELECTION_REQUEST_TTL_MS) return { selection: false, text: '' };
  return { selection: true, text: stored.text };
}

// Firefox for Android has no context menus (the manifest allows Android from version 142); the
// rest of the worker runs there all the same.
const hasMenus = (browser.contextMenus as typeof browser.contextMenus | undefined) !== undefined;

function createMenus(): void {
  if (!hasMenus) return;
  browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: MENU_ID, title: 'Check with PeerLens', contexts: ['selection'] }));
}

async function openReport(tabId: number, scope: 'page' | 'selection'): Promise<void> {
  try {
    // Chrome 127+ and Firefox (inside the click handler) open the popup for the tab.
    await browser.action.openPopup();
  } catch {
    // Where the popup cannot be opened, show the same report in a tab next to the page.
    const url = browser.runtime.getURL(`/popup.html?tab=${tabId}&scope=${scope}`);
    const tab = await browser.tabs.get(tabId);
    await browser.tabs.create({ url, index: tab.index + 1, openerTabId: tabId });
  }
}

/** Injects one of the on-demand scripts into the frame that asked for it (only content.js asks). */
async function loadScript(
  sender: Browser.runtime.MessageSender,
  file: typeof EDITOR_SCRIPT_FILE | typeof FIELD_MARKS_SCRIPT_FILE | typeof MARK_LIST_SCRIPT_FILE | typeof FINDING_CARD_SCRIPT_FILE,
): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== browser.runtime.id) return { ok: false };
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [file],
  });
  return { ok: true };
}

/**
 * The popup's first check of a posting, here where the analyzer stays loaded between openings
 * (and the browser keeps this script compiled): a popup is a new page each time it opens, and its
 * own worker starts cold. With the settings and the findings dismissed on the page at `url`, as
 * the popup's own check does (check-pipeline.ts).
 */
async function analyzeForPopup(input: AnalyzeInput, url: string): Promise<{ ok: true; report: unknown } | { ok: false; error: string }> {
  try {
    return { ok: true, report: await analyzeHere(input, await checkOptions(url)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The address each tab was last checked at automatically: a page telling us it navigated
 * without its address changing is not checked again. */
const autoCheckedUrl = new Map<number, string>();

function autoCheckIfNew(tabId: number, url: string | undefined): void {
  if (url === undefined || autoCheckedUrl.get(tabId) === url) return;
  void isAllowedBoardTab(url).then((allowed) => {
    if (!allowed) return;
    autoCheckedUrl.set(tabId, url);
    return autoCheckTab(tabId);
  });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createMenus);
  browser.runtime.onStartup.addListener(createMenus);

  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || tab.id < 0) return;
    // Remember first (synchronously): the popup asks for it as soon as it opens. Then open it
    // without awaiting anything, as Firefox only allows that inside the click handler.
    rememberSelection(tab.id, { text: info.selectionText ?? '', at: Date.now() });
    void openReport(tab.id, 'selection');
  });

  // The keyboard shortcut: the same check as the toolbar button.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'check-page' || tab?.id === undefined || tab.id < 0) return;
    void openReport(tab.id, 'page');
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const parsed = backgroundRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    if (request.type === 'peerlens:take-selection-request') {
      const taken = takeSelection(request.tabId);
      // The popup asks this first, then has its first check analyzed here: after a stop of this
      // worker, the analyzer starts while the popup reads the page (in a task after the answer).
      if (sender.url?.startsWith(browser.runtime.getURL('/popup.html'))) {
        void taken.then(() => setTimeout(() => void prepareAnalyzerHere().catch(() => undefined)));
      }
      return taken;
    }
    if (request.type === 'peerlens:analyze') {
      // Extension pages only (the popup, also when it is opened in a tab).
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      return analyzeForPopup(request.input, request.url);
    }
    if (request.type === 'peerlens:load-editor') return loadScript(sender, EDITOR_SCRIPT_FILE);
    if (request.type === 'peerlens:load-field-marks') return loadScript(sender, FIELD_MARKS_SCRIPT_FILE);
    if (request.type === 'peerlens:load-mark-list') return loadScript(sender, MARK_LIST_SCRIPT_FILE);
    if (request.type === 'peerlens:load-finding-card') return loadScript(sender, FINDING_CARD_SCRIPT_FILE);
    // The card on a page dismissed a finding: remembered for that page (only content.js sends this).
    if (request.type === 'peerlens:dismiss') {
      const url = sender.tab?.url;
      if (!url || sender.id !== browser.runtime.id) return Promise.resolve({ ok: false });
      return saveDismissed(url, { ruleId: request.ruleId, text: request.text }).then(() => ({ ok: true }));
    }
    // A page on an allowed board changed (single-page navigation): check it again.
    const tabId = sender.tab?.id;
    if (request.type === 'peerlens:page-changed' && request.reason === 'navigation' && tabId !== undefined) {
      autoCheckIfNew(tabId, sender.tab?.url);
    }
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete') return;
    autoCheckedUrl.delete(tabId); // a page load is always checked
    autoCheckIfNew(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => autoCheckedUrl.delete(tabId));
});
