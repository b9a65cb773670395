// While the user types in a long draft, the side panel re-checks only the paragraphs that
// changed, once typing pauses: 20 characters typed into a ten-page draft cost no full analysis,
// and each re-check reads a paragraph, not the draft.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { readReport } from './report-helpers.js';

interface AnalysisMeasure {
  kind: string;
  chars: number;
  workerMs: number | null;
  ms: number;
}

/** Every analysis the panel asked its worker for, in order (the 'peerlens:analyze' measures). */
async function analyses(panel: Page): Promise<AnalysisMeasure[]> {
  return panel.evaluate(() =>
    performance
      .getEntriesByName('peerlens:analyze')
      .map((m) => ({ ...((m as PerformanceMeasure).detail as Omit<AnalysisMeasure, 'ms'>), ms: Math.round(m.duration) })),
  );
}

async function countRule(panel: Page, ruleId: string): Promise<number> {
  return panel.locator(`[data-testid="finding"][data-rule-id="${ruleId}"]`).count();
}

test('typing 20 characters in a ten-page draft re-checks only the edited paragraph', async ({ context, extensionId, openFixture }) => {
  const { page, tabId } = await openFixture('hostile/long-draft.html');
  const draft = page.locator('#draft');
  const length = await draft.evaluate((el) => (el as HTMLTextAreaElement).value.length);
  expect(length).toBeGreaterThan(25_000);
  // The caret goes to the end of the 30th paragraph: the user is in the middle of the draft.
  const caret = await draft.evaluate((el) => {
    const area = el as HTMLTextAreaElement;
    area.focus();
    let at = 0;
    for (let i = 0; i < 30; i++) at = area.value.indexOf('\n\n', at + 2);
    area.setSelectionRange(at, at);
    return at;
  });

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await readReport(panel);
  await expect(panel.getByTestId('read-via')).toHaveAttribute('data-via', 'editable');
  const before = await countRule(panel, 'addict-noun');
  const full = (await analyses(panel)).filter((a) => a.kind === 'analyze');
  expect(full, 'one full analysis for the first check').toHaveLength(1);
  const seen = (await analyses(panel)).length;

  await page.bringToFront();
  await draft.evaluate((el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at), caret);
  const typed = ' Outreach to addicts.';
  expect(typed).toHaveLength(21);
  await page.keyboard.type(typed.slice(0, 20), { delay: 40 });
  await page.keyboard.type(typed.slice(20), { delay: 40 });

  // The new flagged word shows up in the panel after the pause.
  await expect.poll(() => countRule(panel, 'addict-noun'), { timeout: 15_000 }).toBe(before + 1);
  const after = (await analyses(panel)).slice(seen);
  console.log(`draft ${length} chars; first full analysis ${JSON.stringify(full[0])}; after typing ${JSON.stringify(after)}`);
  expect(
    after.filter((a) => a.kind === 'analyze'),
    'no full analysis while typing',
  ).toEqual([]);
  const parts = after.filter((a) => a.kind === 'analyze-part');
  expect(parts.length, 'partial re-checks for 21 characters typed').toBeGreaterThanOrEqual(1);
  expect(parts.length).toBeLessThanOrEqual(3);
  for (const part of parts) expect(part.chars, 'characters re-analyzed').toBeLessThan(1_000);
  // The typed text is in the draft the panel checked, and findings after it kept their place.
  expect(await draft.evaluate((el) => (el as HTMLTextAreaElement).value)).toContain(typed);
});
