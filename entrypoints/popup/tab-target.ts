// Which tab the popup checks when it opens: `?tab=<id>` (when opened as a page: the test hook,
// and the context menu's fallback) or the active tab. Apart from the report UI, so the popup's
// first check can start before that UI has loaded.
import { browser } from 'wxt/browser';

/** The tab a check reads, and what of it. */
export interface CheckTarget {
  tabId: number;
  /** 'selection' when the context menu (or the `scope` test hook) asked for the selection. */
  scope: 'page' | 'selection';
  /** 'edit': the user typed in the field that was checked; only the edited paragraphs are re-checked. */
  reason?: 'edit';
}

export function targetFromQuery(): CheckTarget | null {
  const params = new URLSearchParams(location.search);
  const tab = Number(params.get('tab'));
  if (!Number.isInteger(tab) || tab < 0 || params.get('tab') === null) return null;
  return { tabId: tab, scope: params.get('scope') === 'selection' ? 'selection' : 'page' };
}

export async function activeTabTarget(): Promise<CheckTarget | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { tabId: tab.id, scope: 'page' } : null;
}
