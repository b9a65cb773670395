// The popup takes the context menu's selection from the background once; a reload of the same
// page within a few seconds still checks the selection, a later or other page reads the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const pending = new Map<number, string>();
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      sendMessage: async (message: { tabId: number }) => {
        const text = pending.get(message.tabId);
        pending.delete(message.tabId);
        return text === undefined ? { selection: false, text: '' } : { selection: true, text };
      },
    },
  },
}));

const { takeSelectionRequest } = await import('../../src/extension/messaging/background-client.js');

/** A page's session storage: kept across its reloads, new for a new page. */
function freshSessionStorage(): void {
  const items = new Map<string, string>();
  vi.stubGlobal('sessionStorage', {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  });
}

describe('the selection hand-over', () => {
  beforeEach(() => {
    pending.clear();
    freshSessionStorage();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is taken once from the background', async () => {
    pending.set(7, 'Lived experience preferred.');
    expect(await takeSelectionRequest(7)).toEqual({ selection: true, text: 'Lived experience preferred.' });
    freshSessionStorage(); // another popup
    expect(await takeSelectionRequest(7)).toEqual({ selection: false, text: '' });
  });

  it('survives a reload of the page that took it, for a few seconds only', async () => {
    vi.useFakeTimers();
    pending.set(3, 'Monitor medication compliance.');
    await takeSelectionRequest(3);
    expect(await takeSelectionRequest(3)).toEqual({ selection: true, text: 'Monitor medication compliance.' });
    vi.advanceTimersByTime(60_000);
    expect(await takeSelectionRequest(3)).toEqual({ selection: false, text: '' });
  });

  it('is kept per tab', async () => {
    pending.set(3, 'one');
    await takeSelectionRequest(3);
    expect(await takeSelectionRequest(4)).toEqual({ selection: false, text: '' });
  });

  it('reads the page when storage holds something else', async () => {
    sessionStorage.setItem('peerlens-selection:5', '{"text": 12}');
    expect(await takeSelectionRequest(5)).toEqual({ selection: false, text: '' });
  });
});
