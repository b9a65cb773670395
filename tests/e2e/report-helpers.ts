// Reading what the popup shows and what the page draws, for the e2e specs.
import type { Page, Worker } from '@playwright/test';
import { expect } from './fixtures.js';

export interface ShownFinding {
  id: string;
  ruleId: string;
  /** The quoted span ("" for a finding about something missing). */
  text: string;
}

export interface ShownReport {
  score: number;
  findings: ShownFinding[];
}

/**
 * The findings the popup lists, in order, read inside the popup page. A plain function with no
 * outside references, so Playwright and puppeteer (the Firefox suite) can both run it.
 */
export function shownFindingsInPage(): ShownFinding[] {
  return [...document.querySelectorAll('[data-testid="finding"]')].map((item) => ({
    id: item.getAttribute('data-finding-id') ?? '',
    ruleId: item.getAttribute('data-rule-id') ?? '',
    text: (item.querySelector('.finding-text')?.textContent ?? '').replace(/\s*\(show on the page\)\s*$/, '').replace(/^“|”$/g, ''),
  }));
}

/** Waits for the report and reads the score and the findings in the order shown. */
export async function readReport(popup: Page): Promise<ShownReport> {
  const score = popup.getByTestId('score');
  await expect(score).toBeVisible({ timeout: 30_000 });
  const findings = await popup.evaluate(shownFindingsInPage);
  return { score: Number(await score.textContent()), findings };
}

/** Waits until the popup says its findings are marked on the page (the page's answer came back). */
export async function waitForMarks(popup: Page): Promise<void> {
  await expect(popup.getByTestId('finding-text').first()).toBeVisible({ timeout: 30_000 });
}

/** The text of every range in each PeerLens highlight, read in the page's own world (runs in the page). */
export function highlightsInPage(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of ['peerlens-error', 'peerlens-warning', 'peerlens-info', 'peerlens-current']) {
    const highlight = CSS.highlights.get(name);
    out[name] = highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  }
  return out;
}

export async function pageHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(highlightsInPage);
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface ChromeAction {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

export async function badgeText(serviceWorker: Worker, tabId: number): Promise<string> {
  return serviceWorker.evaluate((id) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeAction };
    return chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}

/**
 * Drawn marks against the findings listed (both normalized text): findings on overlapping words
 * share one mark, so every mark is made of listed findings and, where the page text is the
 * analyzed text (`exact`), every finding with a span lies under a mark.
 */
export function expectMarksOverFindings(drawn: readonly string[], spans: readonly string[], exact: boolean): void {
  for (const mark of drawn)
    expect(
      spans.some((text) => mark.includes(text)),
      `findings under “${mark}”`,
    ).toBe(true);
  if (!exact) return;
  for (const text of spans)
    expect(
      drawn.some((mark) => mark.includes(text)),
      `a mark over “${text}”`,
    ).toBe(true);
  expect(drawn.length).toBeLessThanOrEqual(spans.length);
}
