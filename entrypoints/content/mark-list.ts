// The keyboard's way to the marks. Marks are drawn without touching the page (highlights, or an
// overlay over a text field), so none of them can take the focus. This list, in our own shadow
// root, is one stop in the Tab order reached from the field that was checked: Tab from the
// field moves the keyboard onto the marks, Up and Down (or Left and Right) step from mark to
// mark (each one scrolled into view and shown as the current one), Enter opens its card with
// the keyboard in it, Escape goes back to the field and Tab goes on to what follows the field.
// Alt+Shift+Down and Up step through the marks from anywhere, opening each card. The list is
// shown only while it has the keyboard. It acts only on the user's own keys (isTrusted).
import type { PlacedMark } from './mark-layer';

/** The marks as drawn: on the page (MarkLayer) or over a text field (FieldOverlay). */
export interface DrawnMarks {
  /** Ids of the marks, in text order. */
  ids(): string[];
  get(id: string): PlacedMark | null | undefined;
  /** Shows the mark as the current one, scrolled into view. */
  focus(id: string): PlacedMark | null;
  /** The mark under a viewport point. */
  at(x: number, y: number): PlacedMark | null;
}

export interface MarkSource {
  /** The editable element read last, or null when the page itself was read. */
  field(): HTMLElement | null;
  /** The marks drawn now. */
  marks(): DrawnMarks;
  /** Opens the mark's card with the keyboard in it. */
  open(entry: PlacedMark): void;
}

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

const LIST_CSS = `
:host{all:initial}
.list{position:fixed;box-sizing:border-box;max-width:min(420px,90vw);max-height:40vh;overflow:auto;margin:0;padding:6px;list-style:none;background:#fff;color:#111827;border:1px solid #6b7280;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.25);font:13px/1.4 system-ui,sans-serif}
.list:not(:focus-within){clip-path:inset(50%);width:1px;height:1px;padding:0;border:0;overflow:hidden}
.hint{margin:0 0 4px;color:#4b5563;font-size:12px}
button{display:block;width:100%;text-align:left;font:inherit;padding:3px 6px;margin:1px 0;border:1px solid transparent;border-radius:4px;background:transparent;color:inherit;cursor:pointer}
button:focus-visible,button:focus{outline:3px solid #2563eb;outline-offset:0}
.error{color:#b91c1c}.warning{color:#92400e}.info{color:#1d4ed8}
@media (prefers-color-scheme:dark){.list{background:#111827;color:#f3f4f6;border-color:#9ca3af}.hint{color:#d1d5db}button:focus-visible,button:focus{outline-color:#93c5fd}.error{color:#fca5a5}.warning{color:#fcd34d}.info{color:#93c5fd}}
`;

/** What the page's own Tab order would reach: the elements the browser lets the keyboard stop on. */
const TABBABLE = 'a[href],area[href],button,input,select,textarea,iframe,summary,[tabindex],[contenteditable=""],[contenteditable="true"]';

/** The first element after `field` in the page's Tab order (document order, tabindex 0 or none). */
export function nextTabStop(field: HTMLElement): HTMLElement | null {
  for (const candidate of field.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (field.contains(candidate) || !(field.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (candidate.tabIndex < 0 || (candidate as HTMLButtonElement).disabled) continue;
    if (candidate.closest('[inert]') || !candidate.getClientRects().length) continue;
    return candidate;
  }
  return null;
}

export class MarkList {
  private host: HTMLElement | null = null;
  private list: HTMLElement | null = null;
  /** The mark last reached (from the list or with Alt+Shift). */
  private current: string | null = null;
  private readonly listening = new AbortController();

  constructor(private readonly source: MarkSource) {
    const { signal } = this.listening;
    // After the page's own handlers (bubbling, on window): an editor that uses Tab itself (to
    // indent a list item) cancels the event, and then Tab stays with the editor.
    window.addEventListener('keydown', (event) => this.onPageKey(event), { signal });
  }

  detach(): void {
    this.listening.abort();
    this.host?.remove();
    this.host = null;
    this.list = null;
  }

  private onPageKey(event: KeyboardEvent): void {
    if (!event.isTrusted || event.defaultPrevented) return;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    if (event.key === 'Tab' && plain && !event.shiftKey && this.fromField(event)) {
      if (this.enter()) event.preventDefault();
    } else if (event.altKey && event.shiftKey && !event.ctrlKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      if (this.step(event.key === 'ArrowDown' ? 1 : -1)) event.preventDefault();
    }
  }

  /** The event comes from inside the field that was read (not from our list or card). */
  private fromField(event: KeyboardEvent): boolean {
    const field = this.source.field();
    const target = event.composedPath()[0];
    return !!field && target instanceof Node && field.contains(target);
  }

  /** Moves to the next (or previous) mark and opens its card, the keyboard in it. */
  private step(direction: 1 | -1): boolean {
    const ids = this.source.marks().ids();
    if (!ids.length) return false;
    const at = this.current === null ? -1 : ids.indexOf(this.current);
    const next = ids[(at + direction + ids.length) % ids.length]!;
    const entry = this.source.marks().focus(next);
    if (!entry) return false;
    this.current = next;
    this.source.open(entry);
    return true;
  }

  /** Tab from the field: the keyboard goes to the current mark (or the first) in the list. */
  private enter(): boolean {
    const ids = this.source.marks().ids();
    if (!ids.length) return false;
    const id = this.current && ids.includes(this.current) ? this.current : ids[0]!;
    this.render(ids);
    return this.move(id);
  }

  /** Gives the keyboard to the mark's row and shows the mark as the current one. */
  private move(id: string): boolean {
    const button = this.list?.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id)}"]`);
    if (!button || !this.source.marks().focus(id)) return false;
    this.current = id;
    for (const other of this.list!.querySelectorAll('button')) other.tabIndex = other === button ? 0 : -1;
    button.focus();
    this.place();
    return true;
  }

  private render(ids: string[]): void {
    const list = this.mount();
    const rows: Node[] = [];
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = `PeerLens: ${ids.length} marked ${ids.length === 1 ? 'passage' : 'passages'}. Up and Down move, Enter opens, Escape returns to the text.`;
    rows.push(hint);
    for (const id of ids) {
      const entry = this.source.marks().get(id);
      if (!entry) continue;
      const { mark } = entry;
      const top = mark.reasons[0]!;
      const button = document.createElement('button');
      button.dataset.id = id;
      button.dataset.start = String(mark.start);
      button.dataset.peerlensMark = top.ruleId;
      button.tabIndex = -1;
      const severity = document.createElement('span');
      severity.className = mark.severity;
      severity.textContent = `${SEVERITY_WORDS[mark.severity]}: `;
      const more = mark.reasons.length > 1 ? ` (${mark.reasons.length} findings)` : '';
      button.append(severity, `“${mark.text}”${more}`);
      button.title = top.message;
      button.addEventListener('click', (event) => {
        if (event.isTrusted) this.open(id);
      });
      rows.push(button);
    }
    list.replaceChildren(...rows);
  }

  private open(id: string): void {
    const entry = this.source.marks().focus(id);
    if (!entry) return;
    this.current = id;
    this.source.open(entry);
  }

  private onListKey(event: KeyboardEvent): void {
    if (!event.isTrusted || event.altKey || event.ctrlKey || event.metaKey) return;
    const id = (event.composedPath()[0] as HTMLElement | undefined)?.dataset?.id;
    const ids = this.source.marks().ids();
    const at = id ? ids.indexOf(id) : -1;
    const field = this.source.field();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
      case 'ArrowUp':
      case 'ArrowLeft': {
        if (!ids.length) return;
        const forward = event.key === 'ArrowDown' || event.key === 'ArrowRight';
        const next = ids[(Math.max(at, forward ? -1 : 0) + (forward ? 1 : -1) + ids.length) % ids.length]!;
        if (!this.list?.querySelector(`button[data-id="${CSS.escape(next)}"]`)) this.render(ids);
        this.move(next);
        break;
      }
      case 'Home':
      case 'End':
        if (ids.length) this.move(ids[event.key === 'Home' ? 0 : ids.length - 1]!);
        break;
      case 'Escape':
        field?.focus();
        break;
      case 'Tab': {
        // Out of the list: back to the field, or on to what follows it on the page. With nothing
        // after the field, the browser's own Tab leaves the page (never back to the field: no trap).
        const next = field && (event.shiftKey ? field : nextTabStop(field));
        if (!next) return;
        next.focus();
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  /** The keyboard came back to a row whose mark has gone (dismissed or applied from its card):
   *  it moves on to the next mark still drawn, or back to the field when none is left. */
  private onRowFocus(event: FocusEvent): void {
    const row = (event.target as HTMLElement).dataset;
    const marks = this.source.marks();
    const ids = marks.ids();
    if (!row?.id || ids.includes(row.id)) return;
    // A re-check may have drawn new marks (new ids): the next one is found by where it starts.
    const next = ids.find((id) => (marks.get(id)?.mark.start ?? -1) >= Number(row.start)) ?? ids[ids.length - 1];
    this.render(ids);
    if (!next || !this.move(next)) this.source.field()?.focus();
  }

  private mount(): HTMLElement {
    if (this.list) return this.list;
    const host = document.createElement('peerlens-mark-list');
    for (const [name, value] of Object.entries({ all: 'initial', position: 'fixed', top: '0', left: '0', 'z-index': '2147483646' })) {
      host.style.setProperty(name, value, 'important');
    }
    // Open, like the overlay's: it shows the page's own words and acts only on the user's keys.
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LIST_CSS);
    root.adoptedStyleSheets = [sheet];
    const list = document.createElement('div');
    list.className = 'list';
    list.setAttribute('role', 'toolbar');
    list.setAttribute('aria-orientation', 'vertical');
    list.setAttribute('aria-label', 'PeerLens marks in this text');
    list.addEventListener('keydown', (event) => this.onListKey(event));
    list.addEventListener('focusin', (event) => this.onRowFocus(event));
    root.append(list);
    document.documentElement.append(host);
    this.host = host;
    this.list = list;
    return list;
  }

  /** Under the field (above it when there is no room), inside the viewport. */
  private place(): void {
    const list = this.list;
    const field = this.source.field();
    if (!list) return;
    const box = field?.getBoundingClientRect() ?? new DOMRect(8, 8, 0, 0);
    const height = list.getBoundingClientRect().height;
    const below = box.bottom + 4;
    const top = below + height > innerHeight ? Math.max(4, box.top - height - 4) : below;
    list.style.top = `${Math.max(4, Math.min(top, innerHeight - height - 4))}px`;
    list.style.left = `${Math.max(4, Math.min(box.left, innerWidth - list.getBoundingClientRect().width - 4))}px`;
  }
}
