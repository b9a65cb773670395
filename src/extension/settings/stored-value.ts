// One value in browser.storage.local under its own key, always read back through its schema:
// storage can hold anything an older version (or a broken write) left there, and what cannot be
// read falls back to `empty` rather than breaking the page that reads it.
import { browser } from 'wxt/browser';
import type { z } from 'zod';

export interface StoredValue<T> {
  load(): Promise<T>;
  /** Validates before writing, so storage only ever holds values that parse. */
  save(value: T): Promise<T>;
  remove(): Promise<void>;
  onChanged(listener: (value: T) => void): () => void;
}

export function storedValue<T>(key: string, schema: z.ZodType<T>, empty: T): StoredValue<T> {
  const read = (raw: unknown): T => {
    const parsed = schema.safeParse(raw ?? {});
    return parsed.success ? parsed.data : empty;
  };
  return {
    load: async () => read((await browser.storage.local.get(key))[key]),
    async save(value) {
      const valid = schema.parse(value);
      await browser.storage.local.set({ [key]: valid });
      return valid;
    },
    remove: () => browser.storage.local.remove(key),
    onChanged(listener) {
      const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) listener(read(changes[key]?.newValue));
      };
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
  };
}
