// Automatic checks on the job boards the user allowed (optional host permissions granted on
// the options page): read the posting when a board page loads, score it, mark it, badge it.
// Runs in the background worker, which is the one place besides the popup that loads the analyzer
// (on first use, not at every wake-up).
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { BOARD_ORIGINS } from '../settings/board-origins.js';
import { loadSettings } from '../settings/storage.js';
import { loadDismissed } from '../settings/dismissals.js';
import { analyzeOptionsFrom } from '../settings/analyze-options.js';
import { clearBadge, showScoreBadge } from '../toolbar/badge.js';
import { marksFromReport } from '../marks/marks.js';
import { askTab, ensureContentScript } from '../messaging/tab-client.js';

const BOARD_PATTERNS = BOARD_ORIGINS.map((pattern) => new MatchPattern(pattern));

/** Is this a board page, and did the user grant PeerLens access to that board? */
export async function isAllowedBoardTab(url: string | undefined): Promise<boolean> {
  // Without the permission the browser does not even tell us the tab's address.
  if (!url || !BOARD_PATTERNS.some((pattern) => pattern.includes(url))) return false;
  try {
    return await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}

export async function autoCheckTab(tabId: number): Promise<void> {
  try {
    await ensureContentScript(tabId);
    const reading = await askTab(tabId, { type: 'peerlens:read', scope: 'page' });
    const input = reading.input;
    if (!input) {
      await clearBadge(tabId);
      return;
    }
    // The analyzer (and compromise) start only when a board page is checked: the background
    // wakes for menus and messages far more often. A service worker may not import() a file,
    // so the bundler keeps this in background.js, wrapped to run on first use.
    const { analyze, withPartsOfSpeech } = await import('../../core/default-analyzer.js');
    const options = analyzeOptionsFrom(await loadSettings(), undefined, await loadDismissed(reading.url));
    const report = await withPartsOfSpeech(() => analyze(input, options));
    await askTab(tabId, { type: 'peerlens:highlight', text: report.text, marks: marksFromReport(report) });
    await showScoreBadge(tabId, report.score);
  } catch {
    // The tab closed or navigated meanwhile; the next load checks again.
  }
}
