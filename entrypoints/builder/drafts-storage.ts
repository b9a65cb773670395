// Drafts are kept on this device only (extension storage, never synced or sent). What comes
// back from storage is validated: a draft saved by an older version, or damaged, is skipped
// or filled in from a blank, never trusted as it is.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { DraftAnswers } from '../../src/core/job-description/answers';
import { draftFromStored } from '../../src/core/job-description/draft';

const KEY = 'builderDrafts';
const MAX_DRAFTS = 50;

export interface SavedDraft {
  id: string;
  savedAt: number;
  answers: DraftAnswers;
}

const storedSchema = z.array(
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    savedAt: z.number(),
    answers: z.record(z.string(), z.unknown()),
  }),
);

export async function loadDrafts(): Promise<SavedDraft[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = z.safeParse(storedSchema, stored ?? []);
  if (!parsed.success) return [];
  return parsed.data
    .map((d) => ({ id: d.id, savedAt: d.savedAt, answers: draftFromStored(d.answers) }))
    .sort((a, b) => b.savedAt - a.savedAt);
}

/** Storage keeps JSON: a pay bound not yet written (NaN) is stored as null and read back blank. */
export async function saveDraft(draft: SavedDraft): Promise<SavedDraft[]> {
  const others = (await loadDrafts()).filter((d) => d.id !== draft.id);
  const next = [draft, ...others].slice(0, MAX_DRAFTS);
  await browser.storage.local.set({ [KEY]: JSON.parse(JSON.stringify(next)) });
  return next;
}

export async function deleteDraft(id: string): Promise<SavedDraft[]> {
  const next = (await loadDrafts()).filter((d) => d.id !== id);
  await browser.storage.local.set({ [KEY]: JSON.parse(JSON.stringify(next)) });
  return next;
}

export function newDraftId(): string {
  return `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** What a draft is called in the list: its title, else its kind of role. */
export function draftName(draft: DraftAnswers): string {
  return draft.title.trim() || 'Untitled draft';
}
