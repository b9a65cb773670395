// Settings in browser.storage.local under one key. What is read back is validated again:
// storage can hold anything an older version (or a broken write) left there.
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../input/settings-schema.js';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return DEFAULT_SETTINGS;
  const parsed = settingsSchema.safeParse(stored);
  // Unreadable settings fall back to defaults rather than breaking every check.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Validates before writing, so storage only ever holds settings that parse. */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  await browser.storage.local.set({ [KEY]: valid });
  return valid;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const parsed = settingsSchema.safeParse(changes[KEY]?.newValue ?? {});
    listener(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
