// Findings the user dismissed, per document: a rule on a text ("client" in this posting is
// fine). Kept in browser.storage.local under one key, validated when read back; the oldest
// documents are forgotten past a bound, so storage never grows without end.
import { browser } from 'wxt/browser';
import * as z from 'zod';

const KEY = 'dismissals';
const MAX_DOCUMENTS = 200;
const MAX_PER_DOCUMENT = 500;

const dismissedSchema = z.object({ ruleId: z.string().min(1).max(200), text: z.string().max(2000) });
const storeSchema = z.record(z.string(), z.object({ at: z.number(), items: z.array(dismissedSchema).max(MAX_PER_DOCUMENT) }));

export type Dismissed = z.infer<typeof dismissedSchema>;
type Store = z.infer<typeof storeSchema>;

/** The document a dismissal belongs to: the page's address without its fragment. */
export function documentKey(url: string): string {
  return url.split('#', 1)[0] ?? url;
}

async function readStore(): Promise<Store> {
  const parsed = storeSchema.safeParse((await browser.storage.local.get(KEY))[KEY] ?? {});
  // Unreadable storage is forgotten rather than allowed to break every check.
  return parsed.success ? parsed.data : {};
}

export async function loadDismissed(url: string): Promise<Dismissed[]> {
  if (!url) return [];
  return (await readStore())[documentKey(url)]?.items ?? [];
}

/** Adds a dismissal for the document at `url`, with `now` as its time (for forgetting the oldest). */
export async function saveDismissed(url: string, dismissed: Dismissed, now = Date.now()): Promise<void> {
  const item = dismissedSchema.parse(dismissed);
  const store = await readStore();
  const key = documentKey(url);
  const items = (store[key]?.items ?? []).filter((d) => d.ruleId !== item.ruleId || d.text !== item.text);
  store[key] = { at: now, items: [...items, item].slice(-MAX_PER_DOCUMENT) };
  const keys = Object.keys(store).sort((a, b) => store[b]!.at - store[a]!.at);
  for (const old of keys.slice(MAX_DOCUMENTS)) delete store[old];
  await browser.storage.local.set({ [KEY]: store });
}

export function onDismissedChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
