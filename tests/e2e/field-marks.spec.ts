// Marks in a textarea and a long text input: an overlay over the field, whose marks sit on the
// field's own letters (checked with the browser's caret-from-point, which answers for a text
// field with an offset into its value), follow its scroll, open the same card, and apply
// through the field's own input path so that Ctrl+Z restores the draft exactly. Overlapping
// findings share one mark and one card.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { cardButtons, cardCount, cardFocus, cardReasonRules, cardTexts, clickCardButton, clickInCard } from './closed-card.js';
import { readReport, waitForMarks } from './report-helpers.js';

const PAGE = 'editors/textarea-marks.html';

interface ShownMark {
  ruleId: string;
  rules: string[];
  text: string;
  /** Offsets of the mark in the mirrored text. */
  start: number;
  end: number;
  rects: Array<{ left: number; right: number; top: number; bottom: number }>;
}

/** The overlay's marks as drawn, read from the page (the overlay's shadow root is open). */
async function shownMarks(page: Page, selector: string): Promise<ShownMark[]> {
  return page.evaluate((fieldSelector) => {
    const field = document.querySelector(fieldSelector) as HTMLTextAreaElement;
    const box = field.getBoundingClientRect();
    for (const host of Array.from(document.querySelectorAll('peerlens-field-marks'))) {
      const mirror = host.shadowRoot?.querySelector('.mirror');
      if (!mirror || (mirror.textContent ?? '').replace(/\u200b$/, '') !== field.value) continue;
      const out: ShownMark[] = [];
      let at = 0;
      for (const node of Array.from(mirror.childNodes)) {
        const length = (node.textContent ?? '').length;
        if (node instanceof HTMLElement && node.dataset.peerlensMark) {
          const rects = Array.from(node.getClientRects())
            .filter((r) => r.width > 0 && r.top >= box.top && r.bottom <= box.bottom)
            .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
          out.push({
            ruleId: node.dataset.peerlensMark,
            rules: (node.dataset.peerlensRules ?? '').split(' '),
            text: node.textContent ?? '',
            start: at,
            end: at + length,
            rects,
          });
        }
        at += length;
      }
      return out;
    }
    return [];
  }, selector);
}

/** Where the browser itself puts the caret at a point of the page: the field and an offset into its value. */
async function caretAt(page: Page, x: number, y: number): Promise<{ inField: string | null; offset: number }> {
  return page.evaluate(
    ({ x, y }) => {
      const position = (
        document as Document & { caretPositionFromPoint(x: number, y: number): { offsetNode: Node; offset: number } | null }
      ).caretPositionFromPoint(x, y);
      const node = position?.offsetNode as HTMLElement | undefined;
      return {
        inField: node && (node.tagName === 'TEXTAREA' || node.tagName === 'INPUT') ? `#${node.id}` : null,
        offset: position?.offset ?? -1,
      };
    },
    { x, y },
  );
}

/** Every visible line of every mark starts and ends on the mark's own letters in the field. */
async function expectMarksOnTheirWords(page: Page, selector: string, marks: ShownMark[]): Promise<number> {
  let checked = 0;
  for (const mark of marks) {
    const lines = mark.rects;
    if (!lines.length) continue;
    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    const start = await caretAt(page, first.left + 1, (first.top + first.bottom) / 2);
    const end = await caretAt(page, last.right - 1, (last.top + last.bottom) / 2);
    expect(start.inField, `caret over “${mark.text}”`).toBe(selector);
    // Inside the first letter the caret goes before or after it; inside the last, likewise.
    expect(start.offset, `start of “${mark.text}”`).toBeGreaterThanOrEqual(mark.start);
    expect(start.offset, `start of “${mark.text}”`).toBeLessThanOrEqual(mark.start + 1);
    expect(end.offset, `end of “${mark.text}”`).toBeGreaterThanOrEqual(mark.end - 1);
    expect(end.offset, `end of “${mark.text}”`).toBeLessThanOrEqual(mark.end);
    checked++;
  }
  return checked;
}

async function checkField(
  openFixture: (p: string) => Promise<{ page: Page; tabId: number }>,
  openPopup: (id: number) => Promise<Page>,
  selector: string,
) {
  const { page, tabId } = await openFixture(PAGE);
  await page.focus(selector);
  const popup = await openPopup(tabId);
  const report = await readReport(popup);
  await expect(popup.getByTestId('read-via')).toHaveAttribute('data-via', 'editable');
  await waitForMarks(popup);
  await page.bringToFront();
  await expect.poll(async () => (await shownMarks(page, selector)).length).toBeGreaterThan(0);
  return { page, popup, report };
}

test('a textarea shows its marks over the right words, also after scrolling', async ({ openFixture, openPopup }) => {
  const { page, report } = await checkField(openFixture, openPopup, '#field');
  const value = await page.inputValue('#field');
  const marks = await shownMarks(page, '#field');
  // Each mark covers the text of a finding, and carries its rule id.
  for (const mark of marks) {
    expect(value.slice(mark.start, mark.end)).toBe(mark.text);
    expect(report.findings.some((f) => f.ruleId === mark.ruleId && mark.text.includes(f.text))).toBe(true);
  }
  expect(marks.map((m) => m.text)).toContain('addicts');
  expect(await expectMarksOnTheirWords(page, '#field', marks)).toBeGreaterThan(2);
  // The field's value is untouched and the page has one host of ours for the overlay.
  expect(value).not.toContain('\u200b');

  // Scrolled to the end, the marks move with the text.
  await page.evaluate(() => {
    const field = document.querySelector('#field') as HTMLTextAreaElement;
    field.scrollTop = field.scrollHeight;
  });
  await expect
    .poll(async () => (await shownMarks(page, '#field')).some((m) => m.text === 'substance abuse' && m.rects.length > 0))
    .toBe(true);
  expect(await expectMarksOnTheirWords(page, '#field', await shownMarks(page, '#field'))).toBeGreaterThan(0);

  // Typing moves the marks with their words (before any re-check).
  await page.evaluate(() => {
    const field = document.querySelector('#field') as HTMLTextAreaElement;
    field.scrollTop = 0;
    field.setSelectionRange(0, 0);
  });
  await page.focus('#field');
  await page.keyboard.type('Draft. ');
  const moved = await shownMarks(page, '#field');
  expect(moved.length).toBeGreaterThan(0);
  expect(await expectMarksOnTheirWords(page, '#field', moved)).toBeGreaterThan(2);
});

test('a long text input shows its marks over the right words', async ({ openFixture, openPopup }) => {
  const { page } = await checkField(openFixture, openPopup, '#summary');
  const marks = await shownMarks(page, '#summary');
  expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['clean and sober']));
  expect(await expectMarksOnTheirWords(page, '#summary', marks)).toBeGreaterThan(0);
});

test('apply from the card on a textarea mark, and Ctrl+Z restores the draft exactly', async ({ openFixture, openPopup }) => {
  const { page } = await checkField(openFixture, openPopup, '#field');
  const original = await page.inputValue('#field');
  const mark = (await shownMarks(page, '#field')).find((m) => m.text === 'addicts')!;
  const rect = mark.rects[0]!;
  await page.mouse.click((rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2);
  await expect.poll(() => cardButtons(page)).toContainEqual(expect.stringMatching(/^Replace with/));
  const suggestion = (await clickCardButton(page, /^Replace with/)).replace(/^Replace with “|”$/g, '');
  await expect.poll(() => page.inputValue('#field')).toBe(original.slice(0, mark.start) + suggestion + original.slice(mark.end));
  // The mark on the replaced word is gone; the others moved with their words.
  await expect.poll(async () => (await shownMarks(page, '#field')).some((m) => m.start === mark.start && m.text === 'addicts')).toBe(false);
  expect(await expectMarksOnTheirWords(page, '#field', await shownMarks(page, '#field'))).toBeGreaterThan(0);

  await page.focus('#field');
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.inputValue('#field')).toBe(original);
});

test('overlapping findings give one mark and one card listing each reason, most points first', async ({ openFixture, openPopup }) => {
  const { page, report } = await checkField(openFixture, openPopup, '#field');
  const marks = await shownMarks(page, '#field');
  // "report non-compliant clients to the team" (a duty) holds "non-compliant" (a word choice).
  // ("medication compliance" inside "Monitor medication compliance" is the duty's card alone: the
  // language entry names that duty in coveredByDuties.)
  const duty = report.findings.find((f) => f.text === 'report non-compliant clients to the team');
  const words = report.findings.find((f) => f.text === 'non-compliant');
  expect(duty && words, 'both findings are reported').toBeTruthy();
  expect(report.findings.some((f) => f.text === 'medication compliance')).toBe(false);
  const shared = marks.filter((m) => m.text.includes('non-compliant'));
  expect(shared).toHaveLength(1);
  expect(shared[0]!.rules).toEqual(expect.arrayContaining([duty!.ruleId, words!.ruleId]));
  // Marks never overlap one another.
  for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);

  const rect = shared[0]!.rects[0]!;
  await page.mouse.click(rect.left + 4, (rect.top + rect.bottom) / 2);
  // The card is in a closed shadow root: it is read and pressed through the DevTools protocol.
  await expect.poll(() => cardCount(page, '.reason')).toBe(shared[0]!.rules.length);
  expect(await cardReasonRules(page)).toEqual(expect.arrayContaining([duty!.ruleId, words!.ruleId]));
  const points = await cardTexts(page, '.reason .meta');
  const values = points.map((p) => Number(/\+([\d.]+) points/.exec(p)?.[1] ?? 0));
  expect(values).toEqual([...values].sort((a, b) => b - a));
  // Each reason names its source and can be dismissed.
  expect(points[0]).toContain('Source:');
  expect(await cardCount(page, '[data-testid="dismiss"]')).toBe(shared[0]!.rules.length);
  // Dismissing one reason keeps the card, and the mark, for the others.
  const first = (await cardReasonRules(page))[0]!;
  await clickInCard(page, `.reason[data-rule-id="${first}"] [data-testid="dismiss"]`);
  await expect.poll(() => cardCount(page, '.reason')).toBe(shared[0]!.rules.length - 1);
  expect(await cardCount(page, `.reason[data-rule-id="${first}"]`)).toBe(0);
  expect((await shownMarks(page, '#field')).some((m) => m.text.includes('medication compliance'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.locator('peerlens-card')).toHaveCount(0);
});

test('the keyboard reaches the marks and their cards: Alt+Shift+Down, Tab, Enter, Escape', async ({ openFixture, openPopup }) => {
  const { page } = await checkField(openFixture, openPopup, '#field');
  const marks = await shownMarks(page, '#field');
  await page.focus('#field');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  const card = page.locator('peerlens-card');
  await expect(card).toHaveCount(1);
  // The first mark in the text; the keyboard is in its card.
  await expect.poll(async () => (await cardReasonRules(page))[0]).toBe(marks[0]!.ruleId);
  expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('peerlens-card');
  // A button inside the card has the keyboard, the first one that acts on the finding.
  const focused = await cardFocus(page);
  expect(focused).toBeTruthy();
  expect(focused).not.toBe('Close');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(async () => (await cardReasonRules(page))[0]).toBe(marks[1]!.ruleId);

  // Tab moves through the card's buttons; Enter on "Dismiss" dismisses that finding.
  const dismissed = marks[1]!;
  for (let i = 0; i < 10; i++) {
    if ((await cardFocus(page)) === 'dismiss') break;
    await page.keyboard.press('Tab');
  }
  expect(await cardFocus(page), 'Tab reached the Dismiss button').toBe('dismiss');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await shownMarks(page, '#field')).some((m) => m.start === dismissed.start && m.ruleId === dismissed.ruleId))
    .toBe(false);

  // Escape closes the card and gives the keyboard back to the field.
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(card).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('field');
});
