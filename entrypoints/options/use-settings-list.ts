// One list in the organization's settings (allowed phrases, terms) as a small form edits it: an
// item is checked on its own and then with the rest of the settings before it is saved, a removed
// one is saved away, and the form says what happened in the section's own words.
import { useState } from 'preact/hooks';
import type { z } from 'zod';
import { settingsSchema, type Settings } from '../../src/input/settings-schema';

type ListKey = 'allowedPhrases' | 'customTerms';
type Item<K extends ListKey> = Settings[K][number];

/** What a section says when an item cannot be added, or has been. */
export interface ListWords<T> {
  /** The item's own check failed (an empty phrase, a term too long). */
  invalid: (issue: z.core.$ZodIssue | undefined) => string;
  /** The settings refused it with the rest (a duplicate, too many); `reason` is the schema's. */
  refused: (reason: string | undefined) => string;
  added: (item: T) => string;
  removed: (item: T | undefined) => string;
}

export function useSettingsList<K extends ListKey>(
  settings: Settings,
  save: (s: Settings) => Promise<void>,
  key: K,
  itemSchema: z.ZodType<Item<K>>,
  words: ListWords<Item<K>>,
) {
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const list = settings[key] as Item<K>[];

  /** Saves `draft` at the end of the list; false, with the error shown, when it is refused. */
  const add = async (draft: unknown): Promise<boolean> => {
    setStatus('');
    const item = itemSchema.safeParse(draft);
    if (!item.success) {
      setError(words.invalid(item.error.issues[0]));
      return false;
    }
    const next = settingsSchema.safeParse({ ...settings, [key]: [...list, item.data] });
    if (!next.success) {
      setError(words.refused(next.error.issues[0]?.message));
      return false;
    }
    setError('');
    await save(next.data);
    setStatus(words.added(item.data));
    return true;
  };

  const remove = async (index: number): Promise<void> => {
    const removed = list[index];
    await save({ ...settings, [key]: list.filter((_, i) => i !== index) });
    setStatus(words.removed(removed));
  };

  return { error, status, add, remove };
}
