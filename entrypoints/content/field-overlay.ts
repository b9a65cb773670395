// Marks over a <textarea> or a long text <input>, whose text has no DOM of its own to highlight:
// a copy of the field's text laid out the same way (same box, font, padding, wrapping and
// scroll), with transparent letters and the findings underlined. It sits above the field in a
// fixed, click-through layer on our own host element; the field's value, the page's layout and
// its DOM (but for that host) are never touched. Typing moves the marks with their words.
import type { Mark } from '../../src/extension/messaging/protocol';
import type { PlacedMark } from './mark-layer';
import { MARK_CSS } from '../../src/extension/marks/highlight-style';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Computed properties that decide where the field's letters fall. */
const LAYOUT_PROPERTIES = [
  'box-sizing',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'text-align',
  'tab-size',
  'direction',
  'writing-mode',
  'white-space',
  'overflow-wrap',
  'word-break',
  'hyphens',
] as const;

const OVERLAY_CSS = `
:host { all: initial; }
.mirror {
  position: absolute; top: 0; left: 0; margin: 0; overflow: hidden;
  color: transparent; background: transparent; border-color: transparent !important;
  pointer-events: none; user-select: none;
}
${MARK_CSS}
`;

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 } as const;

function px(value: string): number {
  return Number.parseFloat(value) || 0;
}

export class FieldOverlay {
  private host: HTMLElement | null = null;
  private mirror: HTMLDivElement | null = null;
  private marks: Mark[] = [];
  private spans = new Map<string, HTMLElement>();
  private text = '';
  private frame = 0;
  private watch: AbortController | null = null;
  private resize: ResizeObserver | null = null;
  private currentId: string | null = null;

  constructor(readonly field: TextField) {}

  /** Draws `marks` (offsets into `text`, the value that was analyzed); returns the ids drawn. */
  draw(marks: Mark[], text: string): string[] {
    this.marks = this.field.value === text ? marks : shiftMarks(marks, text, this.field.value);
    this.text = this.field.value;
    this.mount();
    this.render();
    return this.marks.map((m) => m.id);
  }

  clear(): void {
    cancelAnimationFrame(this.frame);
    this.watch?.abort();
    this.watch = null;
    this.resize?.disconnect();
    this.resize = null;
    this.host?.remove();
    this.host = null;
    this.mirror = null;
    this.marks = [];
    this.spans.clear();
  }

  remove(id: string): void {
    this.marks = this.marks.filter((m) => m.id !== id);
    this.render();
  }

  /** Drops one reason of a shared mark (the mark goes with its last reason). */
  removeReason(reasonId: string): void {
    this.marks = this.marks.flatMap((m) => {
      if (!m.reasons.some((r) => r.id === reasonId)) return [m];
      const reasons = m.reasons.filter((r) => r.id !== reasonId);
      return reasons.length ? [{ ...m, reasons, severity: topSeverity(reasons) }] : [];
    });
    this.render();
  }

  get(id: string): PlacedMark | null {
    const mark = this.marks.find((m) => m.id === id);
    const span = this.spans.get(id);
    if (!mark || !span) return null;
    const range = document.createRange();
    range.selectNodeContents(span);
    return { mark, range };
  }

  /** Scrolls the field so the mark is in view, and shows it as the current one. */
  focus(id: string): PlacedMark | null {
    const span = this.spans.get(id);
    if (!span || !this.mirror) return null;
    this.field.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const top = span.offsetTop - this.field.clientHeight / 2;
    if (this.field.scrollHeight > this.field.clientHeight) this.field.scrollTop = Math.max(0, top);
    const left = span.offsetLeft - this.field.clientWidth / 2;
    if (this.field.scrollWidth > this.field.clientWidth) this.field.scrollLeft = Math.max(0, left);
    this.currentId = id;
    for (const [markId, el] of this.spans) el.classList.toggle('current', markId === id);
    this.place();
    return this.get(id);
  }

  /** The mark under a viewport point, if any. */
  at(x: number, y: number): PlacedMark | null {
    if (!this.host) return null;
    const box = this.field.getBoundingClientRect();
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) return null;
    for (const [id, span] of this.spans) {
      for (const rect of span.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return this.get(id);
      }
    }
    return null;
  }

  /** Ids of the marks, in text order (for moving between them with the keyboard). */
  ids(): string[] {
    return this.marks.map((m) => m.id);
  }

  private mount(): void {
    if (this.host) return;
    const host = document.createElement('peerlens-field-marks');
    for (const [name, value] of Object.entries({
      all: 'initial',
      position: 'fixed',
      top: '0',
      left: '0',
      width: '0',
      height: '0',
      'pointer-events': 'none',
      'z-index': '2147483646',
    })) {
      host.style.setProperty(name, value, 'important');
    }
    // Open, so the marks can be checked from outside (tests, assistive tools): they hold no secret.
    const root = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = OVERLAY_CSS;
      root.append(style);
    }
    const mirror = document.createElement('div');
    mirror.className = 'mirror';
    mirror.setAttribute('aria-hidden', 'true');
    root.append(mirror);
    document.documentElement.append(host);
    this.host = host;
    this.mirror = mirror;

    this.watch = new AbortController();
    const { signal } = this.watch;
    const later = () => this.schedule();
    this.field.addEventListener('input', () => this.onInput(), { signal });
    this.field.addEventListener('scroll', later, { signal, passive: true });
    // Scrolling anything (the page, a panel holding the field) moves the field on screen.
    window.addEventListener('scroll', later, { signal, passive: true, capture: true });
    window.addEventListener('resize', later, { signal, passive: true });
    this.resize = new ResizeObserver(later);
    this.resize.observe(this.field);
  }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  }

  /** The text changed: marks before and after the edit move with their words, those in it go. */
  private onInput(): void {
    const value = this.field.value;
    if (value === this.text) return;
    this.marks = shiftMarks(this.marks, this.text, value);
    this.text = value;
    this.render();
  }

  private render(): void {
    const mirror = this.mirror;
    if (!mirror) return;
    this.spans.clear();
    const parts: Node[] = [];
    let at = 0;
    for (const mark of this.marks) {
      if (mark.start < at || mark.end > this.text.length) continue;
      parts.push(document.createTextNode(this.text.slice(at, mark.start)));
      const span = document.createElement('span');
      span.className = `mark ${mark.severity}${mark.id === this.currentId ? ' current' : ''}`;
      span.dataset.peerlensMark = mark.reasons[0]!.ruleId;
      span.dataset.peerlensRules = mark.reasons.map((r) => r.ruleId).join(' ');
      span.textContent = this.text.slice(mark.start, mark.end);
      parts.push(span);
      this.spans.set(mark.id, span);
      at = mark.end;
    }
    // A final line break needs a character after it to take up its line, as in the field.
    parts.push(document.createTextNode(`${this.text.slice(at)}\u200b`));
    mirror.replaceChildren(...parts);
    this.place();
  }

  /** Copies the field's box, font and scroll onto the mirror. */
  private place(): void {
    const mirror = this.mirror;
    const host = this.host;
    if (!mirror || !host) return;
    const field = this.field;
    const style = getComputedStyle(field);
    const box = field.getBoundingClientRect();
    const hidden = !field.isConnected || style.display === 'none' || style.visibility === 'hidden' || box.width === 0;
    host.style.setProperty('display', hidden ? 'none' : 'block', 'important');
    if (hidden) return;
    for (const name of LAYOUT_PROPERTIES) mirror.style.setProperty(name, style.getPropertyValue(name));
    const single = field.tagName === 'INPUT';
    if (single) {
      mirror.style.setProperty('white-space', 'pre');
      // An input centres its one line in its content box.
      const inner = field.clientHeight - px(style.paddingTop) - px(style.paddingBottom);
      mirror.style.setProperty('line-height', `${inner}px`);
    } else if (style.whiteSpace === 'normal') {
      mirror.style.setProperty('white-space', 'pre-wrap');
    }
    mirror.style.setProperty('box-sizing', 'border-box');
    mirror.style.setProperty('width', `${box.width}px`);
    mirror.style.setProperty('height', `${box.height}px`);
    // The field's scroll bar takes width from its text; the mirror has none, so pad for it.
    const bar = field.offsetWidth - field.clientWidth - px(style.borderLeftWidth) - px(style.borderRightWidth);
    if (bar > 0) mirror.style.setProperty('padding-right', `${px(style.paddingRight) + bar}px`);
    mirror.style.setProperty('transform', `translate(${box.left}px, ${box.top}px)`);
    mirror.scrollTop = field.scrollTop;
    mirror.scrollLeft = field.scrollLeft;
  }
}

function topSeverity(reasons: Mark['reasons']): Mark['severity'] {
  return reasons.reduce((top, r) => (SEVERITY_RANK[r.severity] > SEVERITY_RANK[top] ? r.severity : top), reasons[0]!.severity);
}

/** Moves marks from `before` to `after` across one edit: the common start and end stay put. */
export function shiftMarks(marks: Mark[], before: string, after: string): Mark[] {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const editEnd = before.length - tail;
  const delta = after.length - before.length;
  return marks.flatMap((m) => {
    if (m.end <= head) return [m];
    if (m.start >= editEnd) {
      const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + delta, end: x.end + delta });
      return [{ ...move(m), reasons: m.reasons.map(move) }];
    }
    return [];
  });
}
