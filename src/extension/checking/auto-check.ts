// Automatic checks on the job boards the user allowed (optional host permissions granted on
// the options page): read the posting when a board page loads, score it, mark it, badge it.
// Runs in the background worker, which is the one place besides the popup that loads the analyzer
// (on first use, not at every wake-up).
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { BOARD_ORIGINS } from '../settings/board-origins.js';
import type { AnalyzeInput, AnalyzeOptions, Report } from '../../core/types.js';
import { checkTab } from './check-pipeline.js';

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

/** The analyzer, in this worker (also for the popup's first check, see entrypoints/background.ts). */
export async function analyzeHere(input: AnalyzeInput, options: AnalyzeOptions): Promise<Report> {
  // The analyzer (and compromise) start only when a board page is checked: the background
  // wakes for menus and messages far more often. A service worker may not import() a file,
  // so the bundler keeps this in background.js, wrapped to run on first use.
  const { analyze, withPartsOfSpeech } = await import('../../core/default-analyzer.js');
  // compromise's own build, which expands its word model when loaded: the build with the
  // model ready (the popup's) is three times the size, and this file is parsed at every wake.
  const { importPartsOfSpeechFrom } = await import('../../core/nlp/parts-of-speech.js');
  importPartsOfSpeechFrom(() => import('compromise/two'));
  return withPartsOfSpeech(() => analyze(input, options));
}

/** Starts the analyzer in this worker without analyzing (once; later calls cost nothing). */
export async function prepareAnalyzerHere(): Promise<void> {
  const { getAnalyzer } = await import('../../core/default-analyzer.js');
  getAnalyzer();
}

export async function autoCheckTab(tabId: number): Promise<void> {
  try {
    await checkTab(tabId, analyzeHere);
  } catch {
    // The tab closed or navigated meanwhile; the next load checks again.
  }
}
