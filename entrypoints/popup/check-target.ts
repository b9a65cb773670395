// Which tab a check is about, and the tab the popup opened on: its `?tab=<id>` (when opened as a
// page: the test hook, and the context menu's fallback) or the active tab.
import { browser } from 'wxt/browser';

export interface CheckTarget {
  tabId: number;
  /** 'selection' when the context menu (or the `scope` test hook) asked for the selection. */
  scope: 'page' | 'selection';
  /** 'edit': the user typed in the field that was checked; only the edited paragraphs are re-checked. */
  reason?: 'edit';
}

export function fromQuery(): CheckTarget | null {
  const params = new URLSearchParams(location.search);
  const tab = Number(params.get('tab'));
  if (!Number.isInteger(tab) || tab < 0 || params.get('tab') === null) return null;
  return { tabId: tab, scope: params.get('scope') === 'selection' ? 'selection' : 'page' };
}

async function activeTab(): Promise<CheckTarget | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { tabId: tab.id, scope: 'page' } : null;
}

let first: Promise<CheckTarget | null> | null = null;

/** The tab the page opened on: its `?tab=`, else the active tab (looked up once). */
export function firstTarget(): Promise<CheckTarget | null> {
  first ??= Promise.resolve(fromQuery()).then((target) => target ?? activeTab());
  return first;
}
