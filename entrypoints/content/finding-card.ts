// The small card shown when the user clicks a highlighted span (or presses Enter on it): each
// reason the span is marked for, most points first, with its points, source and suggestions;
// copy (and apply, in an editable field) and dismiss. It lives in a shadow root on one host
// element and is removed when closed. The shadow root is closed, so the page's scripts cannot
// reach into it to read the finding or press its buttons, and its handlers act only on events the
// user made (isTrusted), never on ones a page fires; the card keeps its own references to what it
// draws.
import type { MarkReason } from '../../src/extension/messaging/protocol';
import type { PlacedMark } from './mark-layer';

export interface CardActions {
  copy(text: string): Promise<boolean>;
  /** Present only when the reading came from an editable field. `id` is the reason's id. */
  apply?: (id: string, replacement: string) => Promise<string>;
  /** Dismisses one reason for this document; returns what to tell the user. */
  dismiss(id: string): Promise<string>;
}

// Written tight: it ships inside content.js, which has a size budget. Colors meet AA in both themes.
const CARD_CSS = `
:host{all:initial;--bg:#fff;--fg:#111827;--edge:#6b7280;--line:#e5e7eb;--muted:#4b5563;--btn:#f9fafb;--focus:#2563eb;--ok:#065f46;--e:#b91c1c;--w:#92400e;--i:#1d4ed8}
@media (prefers-color-scheme:dark){:host{--bg:#111827;--fg:#f3f4f6;--edge:#9ca3af;--line:#4b5563;--muted:#d1d5db;--btn:#1f2937;--focus:#93c5fd;--ok:#6ee7b7;--e:#fca5a5;--w:#fcd34d;--i:#93c5fd}}
.card{box-sizing:border-box;max-width:360px;min-width:240px;max-height:70vh;overflow:auto;padding:12px 14px;background:var(--bg);color:var(--fg);border:1px solid var(--edge);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.3);font:14px/1.45 system-ui,sans-serif}
.reason+.reason{margin-top:10px;padding-top:8px;border-top:2px solid var(--line)}
.head{display:flex;justify-content:space-between;align-items:center;gap:8px;margin:0 0 6px}
.sev{font-weight:700;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.error{color:var(--e)}.warning{color:var(--w)}.info{color:var(--i)}
.msg{margin:0 0 8px}.meta{margin:0 0 6px;font-size:12px;color:var(--muted)}.meta a{color:inherit}
ul{list-style:none;margin:0;padding:0}
li{display:flex;align-items:center;gap:6px;padding:4px 0;border-top:1px solid var(--line)}
li span{flex:1;font-weight:600}
button{font:inherit;font-size:13px;padding:3px 8px;border-radius:4px;cursor:pointer;border:1px solid var(--edge);background:var(--btn);color:var(--fg)}
button:focus-visible,a:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
.close{border:none;background:transparent;font-size:18px;line-height:1;padding:2px 6px}
.dismiss{margin-top:4px}
.status{margin:6px 0 0;font-size:13px;color:var(--ok);min-height:1em}
`;

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A listener that ignores events a script made (element.click(), dispatchEvent). */
function onTrusted(target: HTMLElement, type: 'click' | 'keydown', handler: (event: Event) => unknown): void {
  target.addEventListener(type, (event) => {
    if (event.isTrusted) void handler(event);
  });
}

export class FindingCard {
  private host: HTMLElement | null = null;
  /** Where the keyboard was before the card took it, to give it back on close. */
  private returnFocus: HTMLElement | null = null;

  isOwnNode(node: EventTarget | null): boolean {
    return !!this.host && node === this.host;
  }

  /** `focus`: move the keyboard into the card (it was opened from the keyboard). */
  show(entry: PlacedMark, actions: CardActions, focus = false): void {
    this.close();
    const host = document.createElement('peerlens-card');
    // Inline properties through CSSOM: not subject to the page's style-src CSP.
    for (const [name, value] of Object.entries({ all: 'initial', position: 'fixed', 'z-index': '2147483647' })) {
      host.style.setProperty(name, value, 'important');
    }
    // Closed: assistive tech still reads it; page scripts get no shadowRoot to read or click through.
    const root = host.attachShadow({ mode: 'closed' });
    this.adoptStyles(root);
    const { card, close } = this.render(entry, actions);
    root.append(card);
    document.documentElement.append(host);
    this.host = host;
    this.place(host, entry.range);
    if (focus) {
      // Inside an open shadow root of ours (the list of marks), the element itself.
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      this.returnFocus = active instanceof HTMLElement ? active : null;
      (card.querySelector<HTMLElement>('button:not(.close)') ?? close).focus();
    }
  }

  close(): void {
    const hadFocus = this.host !== null && document.activeElement === this.host;
    this.host?.remove();
    this.host = null;
    if (hadFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  private adoptStyles(root: ShadowRoot): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(el('style', undefined, CARD_CSS));
    }
  }

  private render({ mark }: PlacedMark, actions: CardActions): { card: HTMLElement; close: HTMLButtonElement } {
    const card = el('div', 'card');
    card.setAttribute('role', 'dialog');
    const top = mark.reasons[0]!;
    card.setAttribute(
      'aria-label',
      mark.reasons.length > 1 ? `PeerLens: ${mark.reasons.length} findings on “${mark.text}”` : `PeerLens: ${top.message}`,
    );
    const close = el('button', 'close', '×');
    close.setAttribute('aria-label', 'Close');
    onTrusted(close, 'click', () => this.close());
    const status = el('p', 'status');
    status.setAttribute('role', 'status');
    mark.reasons.forEach((reason, i) => {
      card.append(this.renderReason(reason, actions, status, i === 0 ? close : null));
    });
    card.append(status);
    onTrusted(card, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') this.close();
    });
    return { card, close };
  }

  private renderReason(reason: MarkReason, actions: CardActions, status: HTMLElement, close: HTMLElement | null): HTMLElement {
    const section = el('section', 'reason');
    section.dataset.ruleId = reason.ruleId;
    const head = el('div', 'head');
    head.append(el('span', `sev ${reason.severity}`, SEVERITY_WORDS[reason.severity]));
    if (close) head.append(close);
    section.append(head, el('p', 'msg', reason.message));
    // Points come rounded to one decimal from the scoring.
    const points = reason.points > 0 ? `+${reason.points} points if fixed` : 'No points at stake';
    const meta = el('p', 'meta', reason.source ? `${points} · Source: ` : points);
    // a link the reader follows in a new tab; the card itself fetches nothing
    const url = reason.sourceUrl;
    if (reason.source)
      meta.append(
        url ? Object.assign(el('a', undefined, reason.source), { href: url, target: '_blank', rel: 'noopener noreferrer' }) : reason.source,
      );
    section.append(meta);
    const list = el('ul');
    for (const suggestion of reason.suggestions) {
      const item = el('li');
      item.append(el('span', undefined, suggestion));
      const copy = el('button', undefined, 'Copy');
      copy.setAttribute('aria-label', `Copy “${suggestion}”`);
      onTrusted(copy, 'click', async () => {
        status.textContent = (await actions.copy(suggestion)) ? 'Copied.' : 'Could not copy.';
      });
      item.append(copy);
      if (actions.apply && reason.replaces) {
        const apply = el('button', undefined, 'Apply');
        apply.setAttribute('aria-label', `Replace with “${suggestion}”`);
        onTrusted(apply, 'click', async () => {
          status.textContent = await actions.apply!(reason.id, suggestion);
        });
        item.append(apply);
      }
      list.append(item);
    }
    if (reason.suggestions.length) section.append(list);
    const dismiss = el('button', 'dismiss', 'Dismiss');
    dismiss.dataset.testid = 'dismiss';
    dismiss.setAttribute('aria-label', `Dismiss “${reason.text}” for this document`);
    onTrusted(dismiss, 'click', async () => {
      const said = await actions.dismiss(reason.id);
      if (this.host) status.textContent = said;
    });
    section.append(dismiss);
    return section;
  }

  /** Below the span, or above it when there is no room; kept inside the viewport. */
  private place(host: HTMLElement, range: Range): void {
    const rect = range.getBoundingClientRect();
    const box = host.getBoundingClientRect();
    const below = rect.bottom + 6;
    const top = below + box.height > innerHeight ? Math.max(4, rect.top - box.height - 6) : below;
    const left = Math.min(Math.max(4, rect.left), Math.max(4, innerWidth - box.width - 4));
    host.style.setProperty('top', `${top}px`, 'important');
    host.style.setProperty('left', `${left}px`, 'important');
  }
}
