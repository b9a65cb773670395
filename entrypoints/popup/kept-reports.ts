// The reports of the last few postings checked in the popup, held in the browser's memory
// (storage.session: never written to disk, emptied when the browser closes or PeerLens is
// reloaded or updated), so that opening the popup again on the same posting shows its report at
// once instead of starting the analyzer again. A report is found only under a hash of exactly
// what analyze() was given (the text or sections read from the page, and every option: settings,
// dismissed findings, category) and of the extension's version. analyze() depends on nothing
// else, so a report found is the one the analyzer would give again, never an older one.
import { browser } from 'wxt/browser';
import type { AnalyzeInput, AnalyzeOptions, Report } from '../../src/core/types';
import { isReport } from './report-shape';

const PREFIX = 'peerlens-report:';
const KEEP = 5;
/** Longer reports are not kept: the memory is shared with the rest of the extension (10 MB in Chrome). */
const MAX_CHARS = 1_000_000;

type Analyze = (input: AnalyzeInput, options: AnalyzeOptions) => Promise<Report>;

async function keyOf(input: AnalyzeInput, options: AnalyzeOptions): Promise<string> {
  const what = JSON.stringify([browser.runtime.getManifest().version, input, options]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(what));
  return PREFIX + Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

interface Kept {
  /** When it was kept (Date.now()): the oldest go first. */
  at: number;
  /** The report as JSON: a string is stored as it is, and its length is what it costs. */
  json: string;
}

function isKept(value: unknown): value is Kept {
  const kept = value as Partial<Kept> | null;
  return typeof kept === 'object' && kept !== null && typeof kept.at === 'number' && typeof kept.json === 'string';
}

/** Only this popup writes these keys; a value of another shape is not used. */
function asReport(stored: unknown): Report | null {
  if (!isKept(stored)) return null;
  const report: unknown = JSON.parse(stored.json);
  return isReport(report) ? report : null;
}

async function keptReport(key: string): Promise<Report | null> {
  return asReport((await browser.storage.session.get(key))[key]);
}

/** Keeps the report first, then lets only the newest KEEP stay (a popup closed in between leaves the rest to the next). */
async function keep(key: string, report: Report): Promise<void> {
  const json = JSON.stringify(report);
  if (json.length > MAX_CHARS) return;
  await browser.storage.session.set({ [key]: { at: Date.now(), json } satisfies Kept });
  const all = await browser.storage.session.get(null);
  const older = Object.entries(all)
    .filter(([k]) => k.startsWith(PREFIX))
    .map(([k, v]) => ({ k, at: isKept(v) ? v.at : 0 }))
    .sort((a, b) => b.at - a.at)
    .slice(KEEP)
    .map((e) => e.k);
  if (older.length > 0) await browser.storage.session.remove(older);
}

/**
 * The report of `input` with `options`: the kept one when this exact analysis was made before,
 * else `analyze`'s, then kept. Storage that fails only means the analyzer runs (and nothing is kept).
 * A kept report that was used leaves a performance mark ('peerlens:kept-report') for the tests and the bench.
 */
export async function analyzeOrRecall(input: AnalyzeInput, options: AnalyzeOptions, analyze: Analyze): Promise<Report> {
  const key = await keyOf(input, options).catch(() => null);
  const kept = key ? await keptReport(key).catch(() => null) : null;
  if (kept) {
    performance.mark('peerlens:kept-report');
    return kept;
  }
  const report = await analyze(input, options);
  // In a task of its own, after the report has gone to the UI: the user does not wait for this.
  if (key) setTimeout(() => void keep(key, report).catch(() => undefined));
  return report;
}
