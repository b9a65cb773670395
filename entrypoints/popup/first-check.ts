// The popup's first check starts at the top of its script, before Preact and the report UI have
// loaded: the tab is read and its text sent to the background's analyzer (analysis-client.ts)
// while the UI loads. Its report is drawn as soon as it is in (FirstView.tsx, by main.tsx), and
// the UI's check (use-check.ts) then takes this run instead of starting its own.
// Each popup page reads its posting afresh; the report of exactly that text with the same
// settings, when it was made in the last few openings, comes from kept-reports.ts.
import type { Report } from '../../src/core/types';
import { checkOptions } from '../../src/extension/checking/check-pipeline';
import { loadSettings } from '../../src/extension/settings/storage';
import type { PageReadingMessage } from '../../src/extension/messaging/protocol';
import type { Settings } from '../../src/input/settings-schema';
import { analyzeFirst, warmAnalyzer } from './analysis-client';
import { analyzeOrRecall } from './kept-reports';
import { readTarget, type ReadOutcome } from './read-target';
import { activeTabTarget, targetFromQuery } from './tab-target';
import type { CheckTarget } from './tab-target';

export interface FirstCheck {
  target: CheckTarget;
  read: Promise<ReadOutcome>;
  settings: Promise<Settings>;
  /** The report of the page read with the detected category, or null when there is no text. */
  report: Promise<Report | null>;
  /** Both, once the report is in (null when there is none). */
  made: Promise<FirstReport | null>;
}

let first: Promise<FirstCheck | null> | null = null;

/** The first check's page and report once both are in (for the first paint and the UI's first state). */
export interface FirstReport {
  target: CheckTarget;
  reading: PageReadingMessage;
  report: Report;
}

let firstReport: FirstReport | null = null;
/** The UI's check took the first check: from then on the UI shows what it has. */
let taken = false;

function start(target: CheckTarget): FirstCheck {
  const settings = loadSettings();
  const read = readTarget(target);
  const report = read.then(async (outcome) => {
    if (!outcome.ok || !outcome.reading.input) return null;
    const { input, url } = outcome.reading;
    return analyzeOrRecall(input, await checkOptions(url, undefined, await settings), (i, o) => analyzeFirst(i, o, url));
  });
  // Each is awaited by the UI's check, where its failure is handled.
  settings.catch(() => undefined);
  report.catch(() => undefined);
  // The page's own worker serves what the user does next (another category, a dismissal, a
  // rewrite). It starts once the first report is in: before, it would only take the CPU from
  // the reading and the background's analysis.
  void report.finally(warmAnalyzer).catch(() => undefined);
  const made = Promise.all([read, report]).then(
    ([outcome, ready]) => {
      if (!outcome.ok || !ready || taken) return null;
      firstReport = { target, reading: outcome.reading, report: ready };
      return firstReport;
    },
    () => null,
  );
  return { target, read, settings, report, made };
}

/** Starts the check of the tab the popup opened on (once); resolves once the tab has been read (or could not be). */
export function startFirstCheck(): Promise<unknown> {
  const query = targetFromQuery();
  first ??= (query ? Promise.resolve(query) : activeTabTarget()).then((target) => (target ? start(target) : null)).catch(() => null);
  return first.then((check) => check?.read);
}

/** Resolves with the first check's report once it is in, or null when there is none (no tab, no text, a failure). */
export async function firstReportMade(): Promise<FirstReport | null> {
  const check = await first;
  return check ? check.made : null;
}

/** The first check's report when it is in already and of this target: the UI starts from it instead of a spinner. */
export function firstReportOf(target: CheckTarget | null): FirstReport | null {
  return target && firstReport && firstReport.target.tabId === target.tabId && firstReport.target.scope === target.scope
    ? firstReport
    : null;
}

/** The tab of the first check's report when it is in already (the popup's UI starts on that tab). */
export function firstReportTarget(): CheckTarget | null {
  return firstReport?.target ?? null;
}

/** The first check, for the UI's first check of the same target (taken once; later checks run their own). */
export async function takeFirstCheck(target: CheckTarget): Promise<FirstCheck | null> {
  const started = first;
  first = null;
  taken = true;
  firstReport = null;
  const check = await started;
  return check && check.target.tabId === target.tabId && check.target.scope === target.scope ? check : null;
}
