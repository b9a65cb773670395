// Drafts are kept on this device only (extension storage, never synced or sent). What comes
// back from storage is validated: a draft saved by an older version, or damaged, is skipped
// or filled in from a blank, never trusted as it is.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { DraftAnswers } from '../../src/core/job-description/answers';
import { ROLE_CATEGORIES } from '../../src/core/role-categories';
import { blankDraft } from './draft-form';

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

const isText = (v: unknown): v is string => typeof v === 'string';

/** The stored answers laid over a blank draft of their category, field by field, by type. */
export function draftFromStored(raw: Record<string, unknown>): DraftAnswers {
  const category = ROLE_CATEGORIES.find((c) => c === raw.category) ?? 'adult-mental-health';
  const draft = blankDraft(category);
  const out = draft as unknown as Record<string, unknown>;
  for (const [key, blank] of Object.entries(draft)) {
    const value = raw[key];
    if (typeof blank === 'string' && isText(value)) out[key] = value;
    if (typeof blank === 'number' && typeof value === 'number') out[key] = value;
  }
  if (Array.isArray(raw.knowledge)) draft.knowledge = raw.knowledge.filter(isText);
  if (Array.isArray(raw.otherQualifications)) draft.otherQualifications = raw.otherQualifications.filter(isText);
  if (Array.isArray(raw.responsibilities)) {
    draft.responsibilities = raw.responsibilities
      .filter((r): r is { text: string; competency?: unknown } => !!r && typeof r === 'object' && isText((r as { text?: unknown }).text))
      .slice(0, 6)
      .map((r) => (isText(r.competency) ? { competency: r.competency, text: r.text } : { text: r.text }));
  }
  const pay = raw.pay as { from?: unknown; to?: unknown; per?: unknown } | undefined;
  if (pay && typeof pay === 'object') {
    draft.pay = {
      from: typeof pay.from === 'number' ? pay.from : Number.NaN,
      to: typeof pay.to === 'number' ? pay.to : Number.NaN,
      per: pay.per === 'year' ? 'year' : 'hour',
    };
  }
  return draft;
}

export async function loadDrafts(): Promise<SavedDraft[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = z.safeParse(storedSchema, stored ?? []);
  if (!parsed.success) return [];
  return parsed.data.map((d) => ({ id: d.id, savedAt: d.savedAt, answers: draftFromStored(d.answers) })).sort((a, b) => b.savedAt - a.savedAt);
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
