// Test bridge, background half: added to the test copy of the Firefox build only (never
// shipped). Firefox refuses to let WebDriver BiDi navigate to moz-extension:// pages, but the
// add-on may open its own pages, so the tests ask it to, through bridge-content.js.
/* global browser */
let pagesOpened = 0;
browser.runtime.onMessage.addListener((message, sender) => {
  if (!message || typeof message.peerlensTest !== 'string') return undefined;
  const tabId = sender.tab?.id;
  switch (message.peerlensTest) {
    case 'open-extension-page': {
      // The popup's `?tab=` test hook names the tab to check: the page that asked.
      const query = new URLSearchParams({ ...(message.withTab ? { tab: String(tabId) } : {}), ...message.params });
      const url = browser.runtime.getURL(`${message.path}${query.size ? `?${query}` : ''}`);
      pagesOpened += 1;
      return browser.tabs.create({ url, active: message.active !== false }).then((tab) => ({ tabId: tab.id }));
    }
    case 'pages-opened':
      return Promise.resolve(pagesOpened);
    case 'ping':
      return Promise.resolve(true);
    case 'tab-urls':
      return browser.tabs.query({}).then((tabs) => tabs.map((t) => t.url));
    case 'tab-id':
      return Promise.resolve(tabId);
    case 'badge-text':
      return browser.action.getBadgeText({ tabId });
    case 'stored-settings':
      return browser.storage.local.get('settings').then((stored) => stored.settings ?? null);
    case 'remember-selection':
      // What the context menu's click handler leaves for the popup (no driver clicks browser menus).
      return browser.storage.session.set({ [`selection-request:${tabId}`]: { text: message.text, at: Date.now() } }).then(() => true);
    case 'selection-request':
      // Whether a hand-over is still waiting for the popup (it is taken once the popup asks).
      return browser.storage.session.get(`selection-request:${tabId}`).then((stored) => stored[`selection-request:${tabId}`] ?? null);
    default:
      return Promise.resolve({ error: `unknown bridge request ${message.peerlensTest}` });
  }
});
