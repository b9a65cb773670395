// "My postings": what is kept of each checked posting (title, employer, address, date, verdict,
// score, category and the verdict's reasons), the list's rules (one entry per address, newest
// first, at most MAX_KEPT) and its sorting. Kept on the device only; pure, so the tests run it as is.
import * as z from 'zod';
import { ROLE_CATEGORIES } from '../../core/role-categories.js';
import type { JobSeekerVerdict, Report } from '../../core/types.js';

export const MAX_KEPT = 500;

const VERDICTS = [
  'peer-role',
  'peer-role-with-concerns',
  'peer-title-only',
  'not-a-peer-role',
  'not-a-posting',
] as const satisfies readonly JobSeekerVerdict[];

export const keptPostingSchema = z
  .object({
    title: z.string().max(300),
    employer: z.string().max(200),
    address: z.string().max(2000),
    /** When it was checked (ISO 8601). */
    checkedAt: z.iso.datetime(),
    verdict: z.enum(VERDICTS),
    score: z.number().min(0).max(100),
    grade: z.string().max(4),
    category: z.enum(ROLE_CATEGORIES).nullable(),
    reasons: z.array(z.string().max(600)).max(3),
  })
  .strict();

export const keptListSchema = z
  .object({
    /** Off: nothing is kept, and the list is empty. */
    keep: z.boolean().default(true),
    postings: z.array(keptPostingSchema).max(MAX_KEPT).default([]),
  })
  .strict();

export type KeptPosting = z.infer<typeof keptPostingSchema>;
export type KeptList = z.infer<typeof keptListSchema>;
export const EMPTY_KEPT_LIST: KeptList = keptListSchema.parse({});

/** Where the report's text came from: only a page read as a posting is kept (not an editor draft or a selection). */
export interface CheckedPage {
  via: string;
  title: string;
  url: string;
  organization?: string;
}

const KEPT_READINGS = /^(json-ld|main-content|board:.+)$/;

/** The entry to keep for a check, or null when the text was not a posting read from a page. */
export function keptPostingFrom(report: Report, page: CheckedPage, now: Date): KeptPosting | null {
  const kind = report.document.kind;
  if (!KEPT_READINGS.test(page.via) || (kind !== 'peer-posting' && kind !== 'non-peer-posting')) return null;
  return {
    title: (page.title.trim() || 'Untitled posting').slice(0, 300),
    employer: (page.organization ?? '').trim().slice(0, 200),
    address: page.url.slice(0, 2000),
    checkedAt: now.toISOString(),
    verdict: report.jobSeeker.verdict,
    score: report.score,
    grade: report.grade.slice(0, 4),
    category: report.role.category,
    reasons: report.jobSeeker.reasons.slice(0, 3).map((r) => r.slice(0, 600)),
  };
}

/** The list with this posting first; a posting checked again replaces its older entry. */
export function withPosting(list: readonly KeptPosting[], posting: KeptPosting): KeptPosting[] {
  return [posting, ...list.filter((p) => p.address !== posting.address)].slice(0, MAX_KEPT);
}

export type SortKey = 'checkedAt' | 'title' | 'employer' | 'score' | 'verdict' | 'category';
export type SortDirection = 'ascending' | 'descending';

/** Verdicts from the best job for a peer to the least. */
const VERDICT_ORDER: Record<JobSeekerVerdict, number> = {
  'peer-role': 0,
  'peer-role-with-concerns': 1,
  'peer-title-only': 2,
  'not-a-peer-role': 3,
  'not-a-posting': 4,
};

export function sortPostings(list: readonly KeptPosting[], key: SortKey, direction: SortDirection): KeptPosting[] {
  const value = (p: KeptPosting): string | number =>
    key === 'score'
      ? p.score
      : key === 'verdict'
        ? VERDICT_ORDER[p.verdict]
        : key === 'category'
          ? (p.category ?? '')
          : p[key].toLowerCase();
  const sign = direction === 'ascending' ? 1 : -1;
  // Ties keep the newest first.
  return [...list].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * order || b.checkedAt.localeCompare(a.checkedAt);
  });
}
