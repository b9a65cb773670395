// Marks stay on their own line: in a tight list (lines closer than the font's own height), the
// underline and background of a mark paint nothing on the line below. Measured on the pixels:
// the row under each marked line is photographed with the marks shown and with them hidden, and
// the two must be the same; the marked line itself must differ (the mark is drawn). A control
// makes the underline deliberately long and checks that the same measure then sees the spill.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { readReport, waitForMarks } from './report-helpers.js';

interface Row {
  text: string;
  /** The marked line's own box and the line box under it, in whole viewport pixels. */
  own: { x: number; y: number; width: number; height: number };
  below: { x: number; y: number; width: number; height: number };
}

/** One line of a mark, with the line-height and the top of the text block it sits in. */
interface Fragment {
  text: string;
  rect: DOMRectReadOnly;
  lineHeight: number;
  /** Where the block's first line box starts (its content box's top, less any scroll). */
  contentTop: number;
}

/**
 * The line box of each marked line fragment and the one under it: a block's line boxes are each
 * line-height tall from its content box's top. Only rows of whole pixels entirely under the line
 * box count as the line below. Rows under which another mark stands, or that leave `within`
 * (a field's box), are left out.
 */
function rowsOf(fragments: Fragment[], within?: DOMRectReadOnly): Row[] {
  const lines = fragments.map((f) => {
    const top = f.contentTop + Math.floor(((f.rect.top + f.rect.bottom) / 2 - f.contentTop) / f.lineHeight) * f.lineHeight;
    return { ...f, top, bottom: top + f.lineHeight };
  });
  const rows: Row[] = [];
  for (const { text, rect, lineHeight, top, bottom } of lines) {
    const x = Math.floor(rect.left) - 1;
    const width = Math.ceil(rect.right) + 1 - x;
    const own = { x, y: Math.ceil(top), width, height: Math.floor(bottom) - Math.ceil(top) };
    const below = { x, y: Math.ceil(bottom), width, height: Math.floor(bottom + lineHeight) - Math.ceil(bottom) };
    // Another mark on the line below, over the same columns, would change it by itself.
    const marked = lines.some(
      (o) => o.top < bottom + lineHeight - 0.5 && o.bottom > bottom + 0.5 && o.rect.right > x && o.rect.left < x + width,
    );
    const outside = within && (below.y + below.height > within.bottom || x < within.left || x + width > within.right);
    if (!marked && !outside) rows.push({ text, own, below });
  }
  return rows;
}

/** For each row: does the line below change when the marks are shown, and does the marked line? */
async function measure(page: Page, rows: Row[], hide: () => Promise<void>, show: () => Promise<void>) {
  const shot = (clip: Row['own']) => page.screenshot({ clip, animations: 'disabled' });
  const shown = [];
  for (const row of rows) shown.push({ own: await shot(row.own), below: await shot(row.below) });
  await hide();
  const results = [];
  for (const [i, row] of rows.entries()) {
    const own = await shot(row.own);
    const below = await shot(row.below);
    results.push({ text: row.text, drawn: !own.equals(shown[i]!.own), spills: !below.equals(shown[i]!.below) });
  }
  await show();
  return results;
}

test('marks in a tight list on a page paint nothing on the line below', async ({ openFixture, openPopup }) => {
  const { page, tabId } = await openFixture('pages/tight-list.html');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await waitForMarks(popup);
  await page.bringToFront();
  await page.mouse.move(0, 0);

  const fragments = await page.evaluate(() => {
    const out: Array<{ text: string; rect: DOMRectReadOnly; lineHeight: number; contentTop: number }> = [];
    for (const name of ['peerlens-error', 'peerlens-warning', 'peerlens-info']) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
        const item = range.startContainer.parentElement?.closest('li');
        if (!item) continue;
        // List items here have no padding or border: their box is their first line box's top.
        const lineHeight = Number.parseFloat(getComputedStyle(item).lineHeight);
        const contentTop = item.getBoundingClientRect().top;
        for (const rect of range.getClientRects()) out.push({ text: range.toString(), rect: rect.toJSON(), lineHeight, contentTop });
      }
    }
    return out;
  });
  const rows = rowsOf(fragments);
  expect(rows.map((r) => r.text)).toEqual(expect.arrayContaining(['addicts', expect.stringContaining('non-compliant')]));
  // The list is tight: its lines are closer than the text's own height.
  expect(fragments[0]!.lineHeight).toBeLessThan(fragments[0]!.rect.height);

  const results = await measure(
    page,
    rows,
    () =>
      page.evaluate(() => {
        const saved = new Map<string, Highlight>();
        for (const name of ['peerlens-error', 'peerlens-warning', 'peerlens-info', 'peerlens-current']) {
          const highlight = CSS.highlights.get(name);
          if (highlight) saved.set(name, highlight);
          CSS.highlights.delete(name);
        }
        (window as unknown as { savedMarks: Map<string, Highlight> }).savedMarks = saved;
      }),
    () =>
      page.evaluate(() => {
        for (const [name, highlight] of (window as unknown as { savedMarks: Map<string, Highlight> }).savedMarks) {
          CSS.highlights.set(name, highlight);
        }
      }),
  );
  for (const result of results) {
    expect(result.drawn, `“${result.text}” is drawn on its line`).toBe(true);
    expect(result.spills, `“${result.text}” paints on the line below`).toBe(false);
  }
});

test('marks over a tight textarea paint nothing on the line below, and a long underline would be caught', async ({
  openFixture,
  openPopup,
}) => {
  const { page, tabId } = await openFixture('pages/tight-list.html');
  await page.focus('#draft');
  const popup = await openPopup(tabId);
  await readReport(popup);
  await expect(popup.getByTestId('read-via')).toHaveAttribute('data-via', 'editable');
  await waitForMarks(popup);
  await page.bringToFront();
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  const { fragments, field } = await page.evaluate(() => {
    const draft = document.querySelector('#draft') as HTMLTextAreaElement;
    const style = getComputedStyle(draft);
    const lineHeight = Number.parseFloat(style.lineHeight);
    const box = draft.getBoundingClientRect();
    const contentTop = box.top + Number.parseFloat(style.borderTopWidth) + Number.parseFloat(style.paddingTop) - draft.scrollTop;
    const root = document.querySelector('peerlens-field-marks')!.shadowRoot!;
    const out: Array<{ text: string; rect: DOMRectReadOnly; lineHeight: number; contentTop: number }> = [];
    for (const span of root.querySelectorAll<HTMLElement>('[data-peerlens-mark]')) {
      for (const rect of span.getClientRects()) out.push({ text: span.textContent ?? '', rect: rect.toJSON(), lineHeight, contentTop });
    }
    return { fragments: out, field: draft.getBoundingClientRect().toJSON() as DOMRectReadOnly };
  });
  const rows = rowsOf(fragments, field);
  expect(rows.map((r) => r.text)).toEqual(expect.arrayContaining(['addicts', expect.stringContaining('non-compliant')]));
  const display = (value: string) => () =>
    page.evaluate((v) => {
      (document.querySelector('peerlens-field-marks') as HTMLElement).style.setProperty('display', v, 'important');
    }, value);

  for (const result of await measure(page, rows, display('none'), display('block'))) {
    expect(result.drawn, `“${result.text}” is drawn on its line`).toBe(true);
    expect(result.spills, `“${result.text}” paints on the line below`).toBe(false);
  }

  // Control: the same measure sees an underline set far below the text.
  await page.evaluate(() => {
    const root = document.querySelector('peerlens-field-marks')!.shadowRoot!;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.mark { text-underline-offset: 7px !important; text-decoration-thickness: 3px !important; }');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
  const control = await measure(page, rows, display('none'), display('block'));
  expect(
    control.some((r) => r.spills),
    'a long underline is seen on the line below',
  ).toBe(true);
});
