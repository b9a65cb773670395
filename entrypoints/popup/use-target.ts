// Which tab the report is about: first the one tab-target.ts names (the query's or the active
// tab). The side panel then follows the active tab of its window and re-checks when that tab
// loads, navigates or is edited.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { firstReportTarget } from './first-check';
import { activeTabTarget, targetFromQuery } from './tab-target';
import type { CheckTarget } from './tab-target';

export type Mode = 'popup' | 'panel';

/** Page changes arrive in bursts (an SPA route change, typing): re-check once they settle. */
const PANEL_RECHECK_MS = 500;

export function useTarget(mode: Mode): { target: CheckTarget | null; missing: boolean } {
  // The popup's first check found its tab already when its report is in before this UI loaded.
  const [target, setTarget] = useState<CheckTarget | null>(() => targetFromQuery() ?? (mode === 'popup' ? firstReportTarget() : null));
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    if (target) return;
    activeTabTarget().then(
      (t) => (t ? setTarget(t) : setMissing(true)),
      () => setMissing(true),
    );
    // Resolve once; the panel's listeners below take over from there.
  }, []);

  useEffect(() => {
    if (mode !== 'panel') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pendingFull = false;
    // An edit alone re-checks the edited paragraphs; a load or a navigation, the whole page.
    const recheck = (tabId: number, reason: 'edit' | 'reload') => {
      clearTimeout(timer);
      pendingFull ||= reason === 'reload';
      timer = setTimeout(() => {
        setTarget(pendingFull ? { tabId, scope: 'page' } : { tabId, scope: 'page', reason: 'edit' });
        pendingFull = false;
      }, PANEL_RECHECK_MS);
    };
    let windowId: number | undefined;
    browser.windows.getCurrent().then(
      (w) => (windowId = w.id),
      () => undefined,
    );
    const onActivated = (info: { tabId: number; windowId: number }) => {
      // Coming back to the tab already shown is not a new posting.
      if (info.tabId === target?.tabId) return;
      if (windowId === undefined || info.windowId === windowId) setTarget({ tabId: info.tabId, scope: 'page' });
    };
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (change.status === 'complete' && tabId === target?.tabId) recheck(tabId, 'reload');
    };
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      const { type, reason } = (message ?? {}) as { type?: unknown; reason?: unknown };
      if (type === 'peerlens:page-changed' && sender.tab?.id !== undefined && sender.tab.id === target?.tabId) {
        recheck(sender.tab.id, reason === 'edit' ? 'edit' : 'reload');
      }
      return undefined;
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      clearTimeout(timer);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [mode, target?.tabId]);

  return { target, missing };
}
