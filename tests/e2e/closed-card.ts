// The finding card lives in a closed shadow root, out of reach of page scripts and of
// Playwright's locators. The tests reach it as a debugger does (the DevTools protocol pierces
// closed roots), read its text, and press its buttons with real mouse clicks: the card ignores
// synthetic clicks.
import type { CDPSession, Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
}

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

/** The card's shadow root as the protocol sees it, or null when no card is shown. */
export async function cardRoot(page: Page): Promise<(DomNode & { shadowRootType?: string }) | null> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const stack = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === 'PEERLENS-CARD') return node.shadowRoots?.[0] ?? null;
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
  }
  return null;
}

/** Calls `fn` on the card's shadow root, in the page's main world; null when no card is shown. */
async function onCard<T>(page: Page, fn: string): Promise<T | null> {
  const root = await cardRoot(page);
  if (!root) return null;
  const cdp = await session(page);
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
  })) as { result: { value: T } };
  return result.value;
}

/** The card's text, or null when none is shown. */
export function cardText(page: Page): Promise<string | null> {
  return onCard<string>(page, 'function () { return this.textContent; }');
}

/** The card's links: text, address, and how they open. */
export async function cardLinks(page: Page): Promise<Array<{ text: string; href: string; target: string; rel: string }>> {
  return (
    (await onCard<Array<{ text: string; href: string; target: string; rel: string }>>(
      page,
      'function () { return [...this.querySelectorAll("a")].map((a) => ({ text: a.textContent ?? "", href: a.getAttribute("href") ?? "", target: a.target, rel: a.rel })); }',
    )) ?? []
  );
}

/** Labels of the card's buttons. */
export async function cardButtons(page: Page): Promise<string[]> {
  return (
    (await onCard<string[]>(
      page,
      'function () { return [...this.querySelectorAll("button")].map((b) => b.getAttribute("aria-label") ?? b.textContent); }',
    )) ?? []
  );
}

/** The computed background colour of the card's panel. */
export function cardBackground(page: Page): Promise<string | null> {
  return onCard<string>(page, 'function () { return getComputedStyle(this.querySelector(".card")).backgroundColor; }');
}

/** Clicks the first card button whose label matches, with a real (trusted) mouse click. */
export async function clickCardButton(page: Page, label: RegExp): Promise<string> {
  const boxes = await onCard<Array<{ label: string; x: number; y: number }>>(
    page,
    `function () {
    return [...this.querySelectorAll('button')].map((b) => {
      const r = b.getBoundingClientRect();
      return { label: b.getAttribute('aria-label') ?? b.textContent, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
  }`,
  );
  const target = boxes?.find((b) => label.test(b.label));
  if (!target) throw new Error(`no card button labelled ${label}`);
  await page.mouse.click(target.x, target.y);
  return target.label;
}

/** Clicks a card button from script (element.click()): an untrusted event the card must ignore. */
export async function scriptClickCardButton(page: Page, label: RegExp): Promise<void> {
  await onCard(
    page,
    `function () {
    const b = [...this.querySelectorAll('button')].find((b) => ${label}.test(b.getAttribute('aria-label') ?? b.textContent));
    b?.click();
  }`,
  );
}

/** How many elements inside the card match `selector` (0 when no card is shown). */
export async function cardCount(page: Page, selector: string): Promise<number> {
  return (await onCard<number>(page, `function () { return this.querySelectorAll(${JSON.stringify(selector)}).length; }`)) ?? 0;
}

/** The `data-rule-id` of each reason in the card, in the order shown. */
export async function cardReasonRules(page: Page): Promise<string[]> {
  return (
    (await onCard<string[]>(
      page,
      'function () { return [...this.querySelectorAll(".reason")].map((s) => s.getAttribute("data-rule-id") ?? ""); }',
    )) ?? []
  );
}

/** The text of each element inside the card matching `selector`, in order. */
export async function cardTexts(page: Page, selector: string): Promise<string[]> {
  return (
    (await onCard<string[]>(
      page,
      `function () { return [...this.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent ?? ''); }`,
    )) ?? []
  );
}

/** Clicks, with a real (trusted) mouse click, the first element matching `selector` inside the
 * card (for example a reason's dismiss button); returns its label. */
export async function clickInCard(page: Page, selector: string): Promise<string> {
  const box = await onCard<{ label: string; x: number; y: number } | null>(
    page,
    `function () {
    const e = this.querySelector(${JSON.stringify(selector)});
    if (!e) return null;
    e.scrollIntoView({ block: 'nearest' });
    const r = e.getBoundingClientRect();
    return { label: e.getAttribute('aria-label') ?? e.textContent, x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }`,
  );
  if (!box) throw new Error(`nothing in the card matches ${selector}`);
  await page.mouse.click(box.x, box.y);
  return box.label;
}

/** The element inside the card that has the keyboard, read from the root's activeElement: its
 * `data-testid`, or lacking one its label (or text); null when nothing in the card has it. */
export function cardFocus(page: Page): Promise<string | null> {
  return onCard<string | null>(
    page,
    `function () {
    const a = this.activeElement;
    return a ? (a.getAttribute('data-testid') ?? a.getAttribute('aria-label') ?? a.textContent ?? a.tagName.toLowerCase()) : null;
  }`,
  );
}
