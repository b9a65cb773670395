// The toolbar badge: the tab's score after a check, colored by how it fares.
import { browser } from 'wxt/browser';

function actionApi() {
  // MV3 has `action`; a Firefox MV2 build would have `browserAction`.
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showScoreBadge(tabId: number, score: number): Promise<void> {
  const action = actionApi();
  const color = score >= 80 ? '#166534' : score >= 60 ? '#92400e' : '#b91c1c';
  await action.setBadgeBackgroundColor({ tabId, color });
  await action.setBadgeText({ tabId, text: String(score) });
}

export async function clearBadge(tabId: number): Promise<void> {
  await actionApi().setBadgeText({ tabId, text: '' });
}
