// The check behind the popup and the side panel: the check pipeline's steps (read the tab,
// analyze, draw the findings, set the badge), with the analysis in the popup's worker. The UI
// renders whatever phase this is in, so the first paint never waits for any of it.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Report, RoleCategory } from '../../src/core/types';
import { checkOptions, drawFindings, readTab, showScoreBadge } from '../../src/extension/checking/check-pipeline';
import { askTab } from '../../src/extension/messaging/tab-client';
import type { PageReadingMessage } from '../../src/extension/messaging/protocol';
import { loadSettings, onSettingsChanged } from '../../src/extension/settings/storage';
import { onDismissedChanged, saveDismissed } from '../../src/extension/settings/dismissals';
import type { Settings } from '../../src/input/settings-schema';
import { analyzeInWorker, analyzePartInWorker, rewriteInWorker } from './analysis-client';
import { partToRecheck } from '../../src/extension/editing/partial-analysis';
import { firstReportOf, takeFirstCheck } from './first-check';
import { readTarget } from './read-target';
import type { CheckTarget } from './tab-target';

export type CheckState =
  | { phase: 'reading' }
  | { phase: 'unavailable'; message: string }
  | { phase: 'empty'; reading: PageReadingMessage }
  | { phase: 'analyzing'; reading: PageReadingMessage }
  | { phase: 'done'; reading: PageReadingMessage; report: Report; onPage: Set<string>; drawLimit: number | null }
  | { phase: 'error'; message: string };

/** undefined: let the analyzer detect the category; null: the user says "not a peer role". */
export type CategoryChoice = RoleCategory | null | undefined;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A performance measure from `started` to now, read by the browser tests. */
function measure(name: string, started: number, detail: Record<string, unknown>): void {
  performance.measure(name, { start: started, detail });
}

/** The previous report can be updated paragraph by paragraph: same editable field, plain text. */
function partialBase(previous: CheckState, next: PageReadingMessage): Report | null {
  if (previous.phase !== 'done' || previous.reading.via !== 'editable' || next.via !== 'editable') return null;
  if (typeof previous.reading.input !== 'string' || typeof next.input !== 'string') return null;
  return previous.report;
}

export function useCheck(target: CheckTarget | null) {
  const [state, setState] = useState<CheckState>(() => {
    // The popup's first report, when it came in before this UI loaded (and may be on screen already).
    const ready = firstReportOf(target);
    return ready
      ? { phase: 'done', reading: ready.reading, report: ready.report, onPage: new Set(), drawLimit: null }
      : { phase: 'reading' };
  });
  /** The UI started from the first report: its check goes on from there (marks on the page, badge) with no spinner between. */
  const startedDone = useRef(state.phase === 'done');
  const [category, setCategoryState] = useState<CategoryChoice>(undefined);
  const reading = useRef<PageReadingMessage | null>(null);
  const settings = useRef<Settings | null>(null);
  /** The settings being loaded while the tab is read (they are needed right after). */
  const settingsLoad = useRef<Promise<Settings> | null>(null);
  const run = useRef(0); // a newer run makes older, slower ones drop their results
  const last = useRef<CheckState>(state);
  last.current = state;

  /** `ready`: the report of this reading when it was analyzed already (the popup's first check). */
  const analyzeReading = useCallback(
    async (tabId: number, choice: CategoryChoice, previous: Report | null = null, ready?: Promise<Report | null>, shown = false) => {
      const current = reading.current;
      if (!current?.input) return;
      const runId = ++run.current;
      // A re-check of edited paragraphs keeps the report on screen instead of a spinner.
      if (!previous && !shown) setState({ phase: 'analyzing', reading: current });
      try {
        settings.current ??= await (settingsLoad.current ?? loadSettings());
        let report = (await ready) ?? null;
        if (!report) {
          const options = await checkOptions(current.url, choice, settings.current);
          const part = previous && typeof current.input === 'string' ? partToRecheck(previous, current.input) : null;
          report =
            previous && part && typeof current.input === 'string'
              ? await analyzePartInWorker(current.input, previous, options, part.end - part.start)
              : await analyzeInWorker(current.input, options);
        }
        if (runId !== run.current) return;
        // The score and the list first; the marks on the page (a round trip to the tab) after.
        // (A re-check of edited paragraphs keeps the previous marks until the new ones are drawn.)
        if (!previous) setState({ phase: 'done', reading: current, report, onPage: new Set(), drawLimit: null });
        let onPage = new Set<string>();
        let drawLimit: number | null = null;
        const drawStarted = performance.now();
        let pageTiming = null;
        try {
          const drawn = await drawFindings(tabId, report);
          onPage = drawn.onPage;
          drawLimit = drawn.limited;
          pageTiming = drawn.timing;
        } catch {
          // The page went away or cannot be drawn on: the list still stands.
        }
        measure('peerlens:highlight', drawStarted, { marks: onPage.size, page: pageTiming });
        if (runId !== run.current) return;
        setState({ phase: 'done', reading: current, report, onPage, drawLimit });
        await showScoreBadge(tabId, report.score).catch(() => undefined);
      } catch (error) {
        if (runId === run.current) setState({ phase: 'error', message: `The analysis failed: ${message(error)}` });
      }
    },
    [],
  );

  const check = useCallback(
    async (choice: CategoryChoice = category, edited = false) => {
      if (!target) return;
      const runId = ++run.current;
      const before = last.current;
      const shown = startedDone.current && !edited && choice === undefined;
      startedDone.current = false;
      if (!edited && !shown) setState({ phase: 'reading' });
      // The popup's first check was started before this UI loaded (first-check.ts): take it.
      const first = edited || choice !== undefined ? null : await takeFirstCheck(target);
      if (!settings.current && !settingsLoad.current) {
        const load = first?.settings ?? loadSettings();
        settingsLoad.current = load;
        // Awaited by the analysis, where its failure is handled; a later check loads them again.
        load.catch(() => {
          if (settingsLoad.current === load) settingsLoad.current = null;
        });
      }
      const outcome = await (first?.read ?? readTarget(target));
      if (runId !== run.current) return;
      if (!outcome.ok) {
        setState({ phase: 'unavailable', message: outcome.message });
        return;
      }
      reading.current = outcome.reading;
      if (!outcome.reading.input) {
        setState({ phase: 'empty', reading: outcome.reading });
        return;
      }
      await analyzeReading(target.tabId, choice, edited ? partialBase(before, outcome.reading) : null, first?.report, shown);
    },
    [target, category, analyzeReading],
  );

  useEffect(() => {
    // The user typed in the checked field: same posting, same category, edited paragraphs only.
    if (target?.reason === 'edit') {
      void check(category, true);
      return;
    }
    // A new target (another tab, or the page changed) is a new posting: detect its category.
    setCategoryState(undefined);
    void check(undefined);
    // Only a new target starts a new check; category changes re-score below.
  }, [target]);

  // Settings changed in the options page: re-score with them.
  useEffect(() => {
    if (!target) return;
    return onSettingsChanged((next) => {
      settings.current = next;
      void analyzeReading(target.tabId, category);
    });
  }, [target, category, analyzeReading]);

  // A finding dismissed here or in the card on the page: re-score without it.
  useEffect(() => {
    if (!target) return;
    return onDismissedChanged(() => void analyzeReading(target.tabId, category));
  }, [target, category, analyzeReading]);

  const dismiss = useCallback(async (finding: Finding) => {
    const url = reading.current?.url;
    if (!url) return 'There is no page to remember this for.';
    try {
      await saveDismissed(url, { ruleId: finding.ruleId, text: finding.text });
      return 'Dismissed for this page.';
    } catch {
      return 'The dismissal could not be saved.';
    }
  }, []);

  const setCategory = useCallback(
    (choice: CategoryChoice) => {
      setCategoryState(choice);
      if (target) void analyzeReading(target.tabId, choice);
    },
    [target, analyzeReading],
  );

  const focus = useCallback(
    async (id: string) => {
      if (!target) return false;
      try {
        return (await askTab(target.tabId, { type: 'peerlens:focus', id })).ok;
      } catch {
        return false;
      }
    },
    [target],
  );

  const apply = useCallback(
    async (id: string, replacement: string) => {
      if (!target) return 'No page to edit.';
      try {
        const result = await askTab(target.tabId, { type: 'peerlens:apply', id, replacement });
        if (result.outcome === 'applied') {
          // The field changed: read it again so offsets and findings are fresh.
          reading.current = await readTab(target.tabId, 'page', Promise.resolve());
          await analyzeReading(target.tabId, category);
        }
        return result.message;
      } catch (error) {
        return `Could not apply: ${message(error)}`;
      }
    },
    [target, category, analyzeReading],
  );

  const revisedText = useCallback(async () => {
    if (state.phase !== 'done') return '';
    return rewriteInWorker(state.report.text, state.report.findings);
  }, [state]);

  return { state, category, setCategory, recheck: () => check(), focus, apply, dismiss, revisedText };
}
