// The steps of every check, whoever starts it (the popup, the side panel, an automatic check of a
// board page): read the tab, analyze with the user's settings, draw the findings on the page,
// show the score on the toolbar button. Each caller brings its own analyzer (the popup's worker,
// the background's in-process one).
import type { AnalyzeInput, AnalyzeOptions, Report, RoleCategory } from '../../core/types.js';
import { findingsIn, marksFromReport } from '../marks/marks.js';
import type { HighlightResult, PageReadingMessage } from '../messaging/protocol.js';
import { askTab, ensureContentScript } from '../messaging/tab-client.js';
import { analyzeOptionsFrom } from '../../input/settings-analyze-options.js';
import { loadDismissed } from '../settings/dismissals.js';
import type { Settings } from '../../input/settings-schema.js';
import { loadSettings } from '../settings/storage.js';
import { clearBadge, showScoreBadge } from '../toolbar/badge.js';

export type Analyze = (input: AnalyzeInput, options: AnalyzeOptions) => Promise<Report>;

/** Reads the tab. `injected`: the content script's injection, when the caller started it already. */
export async function readTab(
  tabId: number,
  scope: 'page' | 'selection',
  injected: Promise<void> = ensureContentScript(tabId),
): Promise<PageReadingMessage> {
  await injected;
  return askTab(tabId, { type: 'peerlens:read', scope });
}

/**
 * What a check runs with: the user's settings, the findings they dismissed on this page and the
 * category they picked (undefined lets the analyzer detect it; null means "not a peer role").
 */
export async function checkOptions(url: string, category?: RoleCategory | null, settings?: Settings): Promise<AnalyzeOptions> {
  return analyzeOptionsFrom(settings ?? (await loadSettings()), category, await loadDismissed(url));
}

export interface DrawnFindings {
  /** The ids of the findings drawn on the page. */
  onPage: Set<string>;
  /** Set when the page drew only this many of a severity's findings. */
  limited: number | null;
  timing: HighlightResult['timing'] | null;
}

/** Draws the report's findings on the tab (findings on overlapping spans share one mark). */
export async function drawFindings(tabId: number, report: Report): Promise<DrawnFindings> {
  const marks = marksFromReport(report);
  const drawn = await askTab(tabId, { type: 'peerlens:highlight', text: report.text, marks });
  return { onPage: new Set(findingsIn(drawn.placed, marks)), limited: drawn.limited ?? null, timing: drawn.timing ?? null };
}

export { showScoreBadge };

/** A whole check with no one watching: the report, or null when the page holds nothing to check. */
export async function checkTab(tabId: number, analyze: Analyze): Promise<Report | null> {
  const reading = await readTab(tabId, 'page');
  if (!reading.input) {
    await clearBadge(tabId);
    return null;
  }
  const report = await analyze(reading.input, await checkOptions(reading.url));
  await drawFindings(tabId, report);
  await showScoreBadge(tabId, report.score);
  return report;
}
