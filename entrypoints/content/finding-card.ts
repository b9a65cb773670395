// The small card shown when the user clicks a highlighted span: message and suggestions, with
// copy (and apply, in an editable field). It lives in a shadow root on one host element,
// the only node PeerLens ever adds to a page, and is removed when closed.
import type { PlacedMark } from './mark-layer';

export interface CardActions {
  copy(text: string): Promise<boolean>;
  /** Present only when the reading came from an editable field. */
  apply?: (id: string, replacement: string) => Promise<string>;
}

const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; max-width: 360px; min-width: 240px; padding: 12px 14px;
  background: #ffffff; color: #111827; border: 1px solid #6b7280; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin: 0 0 6px; }
.sev { font-weight: 700; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; }
.sev.error { color: #b91c1c; } .sev.warning { color: #92400e; } .sev.info { color: #1d4ed8; }
.msg { margin: 0 0 8px; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; align-items: center; gap: 6px; padding: 4px 0; border-top: 1px solid #e5e7eb; }
li span { flex: 1; font-weight: 600; }
button {
  font: inherit; font-size: 13px; padding: 3px 8px; border-radius: 4px; cursor: pointer;
  border: 1px solid #374151; background: #f9fafb; color: #111827;
}
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
.close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
.source { margin: 8px 0 0; font-size: 12px; color: #374151; overflow-wrap: anywhere; }
.source a { color: #1d4ed8; }
.status { margin: 6px 0 0; font-size: 13px; color: #065f46; min-height: 1em; }
`;

/** "Source: <reference>", the reference a link to the document when it has an address. */
function sourceLine(source: NonNullable<PlacedMark['mark']['source']>): HTMLElement {
  const line = el('p', 'source', 'Source: ');
  if (!source.url) {
    line.append(source.text);
    return line;
  }
  const link = el('a', undefined, source.text);
  link.href = source.url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  line.append(link);
  return line;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export class FindingCard {
  private host: HTMLElement | null = null;

  isOwnNode(node: EventTarget | null): boolean {
    return !!this.host && node === this.host;
  }

  show(entry: PlacedMark, actions: CardActions): void {
    this.close();
    const host = document.createElement('peerlens-card');
    // Inline properties through CSSOM: not subject to the page's style-src CSP.
    for (const [name, value] of Object.entries({ all: 'initial', position: 'fixed', 'z-index': '2147483647' })) {
      host.style.setProperty(name, value, 'important');
    }
    // Open, so tests and assistive tech can reach it; the page could remove the host either way.
    const root = host.attachShadow({ mode: 'open' });
    this.adoptStyles(root);
    root.append(this.render(entry, actions));
    document.documentElement.append(host);
    this.host = host;
    this.place(host, entry.range);
  }

  close(): void {
    this.host?.remove();
    this.host = null;
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

  private render({ mark }: PlacedMark, actions: CardActions): HTMLElement {
    const card = el('div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', `PeerLens: ${mark.message}`);
    const head = el('div', 'head');
    head.append(el('span', `sev ${mark.severity}`, mark.severity));
    const close = el('button', 'close', '×');
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.close());
    head.append(close);
    card.append(head, el('p', 'msg', mark.message));
    const status = el('p', 'status');
    status.setAttribute('role', 'status');
    const list = el('ul');
    for (const suggestion of mark.suggestions) {
      const item = el('li');
      item.append(el('span', undefined, suggestion));
      const copy = el('button', undefined, 'Copy');
      copy.setAttribute('aria-label', `Copy “${suggestion}”`);
      copy.addEventListener('click', async () => {
        status.textContent = (await actions.copy(suggestion)) ? 'Copied.' : 'Could not copy.';
      });
      item.append(copy);
      if (actions.apply) {
        const apply = el('button', undefined, 'Apply');
        apply.setAttribute('aria-label', `Replace with “${suggestion}”`);
        apply.addEventListener('click', async () => {
          status.textContent = await actions.apply!(mark.id, suggestion);
        });
        item.append(apply);
      }
      list.append(item);
    }
    if (mark.suggestions.length) card.append(list);
    if (mark.source) card.append(sourceLine(mark.source));
    card.append(status);
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
    return card;
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
