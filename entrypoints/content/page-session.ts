// One page's state in the content script: the last reading, the findings drawn on it and the
// card. It answers the extension's requests; it never analyzes anything itself.
import type { ApplyResult, ContentRequest, Mark, MarkReason } from '../../src/extension/messaging/protocol';
import { PROTOCOL_VERSION } from '../../src/extension/messaging/protocol-version';
import { createLocator } from '../../src/extension/page-reading/locate';
import { copyToClipboard } from '../../src/extension/editing/clipboard-fallback';
import type { EditorApi } from './editor-api';
import type { FieldMarksApi } from './field-marks-api';
import type { FieldOverlay } from './field-overlay';
import type { DrawnMarks, MarkList } from './mark-list';
import type { MarkListApi } from './mark-list-api';
import type { FindingCard } from './finding-card';
import type { FindingCardApi } from './finding-card-api';
import { MarkLayer, type DrawResult, type PlacedMark } from './mark-layer';
import { readForExtension, type LocalReading } from './read-for-extension';

export type ChangeReason = 'navigation' | 'edit';

/** Typing pauses this long before an open side panel is told to re-check. */
const EDIT_DEBOUNCE_MS = 700;

export class PageSession {
  private reading: LocalReading | null = null;
  private analyzedText = '';
  private marks = new Map<string, Mark>();
  /** Each finding's id -> the mark it is drawn in (findings on overlapping spans share one). */
  private markOf = new Map<string, Mark>();
  private readonly layer = new MarkLayer();
  /** The overlay over a textarea or text input that was read, if any. */
  private overlay: FieldOverlay | null = null;
  /** The card on a mark, once its script is loaded (on the first opening). */
  private card: FindingCard | null = null;
  /** Counts card openings and closings: a card whose script arrives after a newer one is not shown. */
  private cardRequest = 0;
  private editWatch: AbortController | null = null;
  private editTimer: ReturnType<typeof setTimeout> | undefined;
  /** The keyboard's way to the marks (mark-list.js), once marks are drawn. */
  private keys: MarkList | null = null;

  constructor(
    private readonly doc: Document,
    private readonly notify: (reason: ChangeReason) => void,
    private readonly scripts: {
      /** Injects editor.js (through the background worker) and returns its API. */
      loadEditor: () => Promise<EditorApi>;
      /** Injects field-marks.js (through the background worker) and returns its API. */
      loadFieldMarks: () => Promise<FieldMarksApi>;
      /** Injects mark-list.js (through the background worker) and returns its API. */
      loadMarkList: () => Promise<MarkListApi>;
      /** Injects finding-card.js (through the background worker) and returns its API. */
      loadFindingCard: () => Promise<FindingCardApi>;
      /** Remembers a dismissed finding for this page (through the background worker). */
      remember: (dismissed: { ruleId: string; text: string }) => Promise<void>;
    },
  ) {}

  async handle(request: ContentRequest): Promise<unknown> {
    switch (request.type) {
      case 'peerlens:ping':
        return { ok: true, version: PROTOCOL_VERSION };
      case 'peerlens:read': {
        this.clear();
        const reading = await readForExtension(this.doc, request.scope);
        this.reading = reading;
        if (reading.field) this.overlay = await this.overlayFor(reading.field);
        this.watchEdits();
        return reading.message;
      }
      case 'peerlens:highlight':
        return this.highlight(request.text, request.marks);
      case 'peerlens:focus': {
        const mark = this.markOf.get(request.id);
        const entry = mark ? this.drawn().focus(mark.id) : null;
        if (entry) this.showCard(entry);
        return { ok: entry !== null };
      }
      case 'peerlens:clear':
        this.clear();
        return { ok: true };
      case 'peerlens:apply':
        return this.apply(request.id, request.replacement);
    }
  }

  /** A click on a highlighted span opens its card; a click elsewhere closes it. */
  onClick(event: MouseEvent): void {
    if (this.card?.isOwnNode(event.target)) return;
    const hit = this.drawn().at(event.clientX, event.clientY);
    if (hit) this.showCard(hit);
    else this.closeCard();
  }

  /** Escape closes the card (mark-list.js moves between the marks). */
  onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.closeCard();
  }

  /** The content script is going away (the extension was updated or turned off). */
  dispose(): void {
    this.keys?.detach();
    this.clear();
  }

  /** Drops the reading and its marks. The keyboard list stays (it may have the keyboard): it
   *  reaches whatever marks are drawn next, in whatever field was read last. */
  clear(): void {
    this.overlay?.clear();
    this.overlay = null;
    this.markOf.clear();
    this.layer.clear();
    this.closeCard();
    this.marks.clear();
    this.editWatch?.abort();
    this.editWatch = null;
    clearTimeout(this.editTimer);
  }

  /** Draws the marks; what it answers names marks (the popup knows the findings in each). */
  private async highlight(text: string, marks: Mark[]): Promise<DrawResult> {
    this.analyzedText = text;
    this.marks = new Map(marks.map((m) => [m.id, m]));
    this.markOf = new Map(marks.flatMap((m) => m.reasons.map((r) => [r.id, m] as const)));
    let drawn: DrawResult;
    if (this.overlay) {
      const placed = new Set(this.overlay.draw(marks, text));
      drawn = { placed: [...placed], missing: marks.filter((m) => !placed.has(m.id)).map((m) => m.id) };
    } else {
      const anchor = this.reading?.anchor;
      drawn = anchor ? await this.layer.draw(marks, createLocator(anchor, text)) : { placed: [], missing: marks.map((m) => m.id) };
    }
    // Before answering, so the keyboard reaches the marks as soon as the popup shows them.
    if (drawn.placed.length) await this.listMarks();
    return drawn;
  }

  /** Opens the card on a mark (`focus`: with the keyboard in it); its script loads on the first one. */
  private showCard(entry: PlacedMark, focus = false): void {
    const request = ++this.cardRequest;
    if (this.card) {
      this.card.show(entry, this.actions(), focus);
      return;
    }
    this.scripts.loadFindingCard().then(
      (api) => {
        if (request !== this.cardRequest) return; // closed, or another card asked for, meanwhile
        this.card ??= api.create();
        this.card.show(entry, this.actions(), focus);
      },
      () => undefined, // the page does not allow it: the marks and the popup's list still stand
    );
  }

  private closeCard(): void {
    this.cardRequest++;
    this.card?.close();
  }

  /** Where the marks are drawn: over the text field that was read, or on the page. */
  private drawn(): DrawnMarks {
    return this.overlay ?? this.layer;
  }

  /** Lets the keyboard reach the marks; without mark-list.js they are still reached from the popup. */
  private async listMarks(): Promise<void> {
    const reading = this.reading;
    const api = await this.scripts.loadMarkList().catch(() => null);
    if (!api || reading !== this.reading) return;
    this.keys ??= api.attach({
      field: () => this.reading?.editable ?? null,
      marks: () => this.drawn(),
      open: (entry) => this.showCard(entry, true),
    });
  }

  /** The overlay for a text field; null when its script cannot be loaded (findings are then listed only). */
  private async overlayFor(field: HTMLTextAreaElement | HTMLInputElement): Promise<FieldOverlay | null> {
    try {
      return (await this.scripts.loadFieldMarks()).create(field);
    } catch {
      return null;
    }
  }

  private reasonOf(id: string): MarkReason | undefined {
    return this.markOf.get(id)?.reasons.find((r) => r.id === id);
  }

  /** One finding of a mark is gone (dismissed or applied); the mark goes with its last one. */
  private dropReason(id: string): void {
    const mark = this.markOf.get(id);
    if (!mark) return;
    this.markOf.delete(id);
    this.overlay?.removeReason(id);
    mark.reasons = mark.reasons.filter((r) => r.id !== id);
    if (!mark.reasons.length) {
      this.layer.remove(mark.id);
      this.marks.delete(mark.id);
    }
  }

  private actions() {
    return {
      copy: (text: string) => copyToClipboard(text, this.doc),
      dismiss: async (id: string) => {
        const reason = this.reasonOf(id);
        if (!reason) return 'This finding is no longer shown.';
        try {
          await this.scripts.remember({ ruleId: reason.ruleId, text: reason.text });
        } catch {
          return 'The dismissal could not be saved.';
        }
        const mark = this.markOf.get(id);
        this.dropReason(id);
        // The card stays for the mark's other reasons, without the dismissed one.
        const rest = mark?.reasons.length ? this.drawn().get(mark.id) : null;
        if (rest) this.showCard(rest, true);
        else this.closeCard();
        this.notify('edit');
        return 'Dismissed for this page.';
      },
      ...(this.reading?.editable ? { apply: async (id: string, replacement: string) => (await this.apply(id, replacement)).message } : {}),
    };
  }

  private async apply(id: string, replacement: string): Promise<ApplyResult> {
    const reason = this.reasonOf(id);
    const editable = this.reading?.editable;
    if (!reason || !editable) {
      const copied = await copyToClipboard(replacement, this.doc);
      return copied
        ? { outcome: 'copied', message: 'This text is not in an editable field; the suggestion was copied instead.' }
        : { outcome: 'failed', message: 'This text is not in an editable field.' };
    }
    let editor: EditorApi;
    try {
      editor = await this.scripts.loadEditor();
    } catch {
      const copied = await copyToClipboard(replacement, this.doc);
      return {
        outcome: copied ? 'copied' : 'failed',
        message: copied ? 'The editor could not be reached; the suggestion was copied.' : 'The editor could not be reached.',
      };
    }
    const result = await editor.apply(editable, {
      start: reason.start,
      end: reason.end,
      text: reason.text,
      onPage: this.placeOf(reason),
      replacement,
    });
    if (result.outcome === 'applied') {
      const mark = this.markOf.get(id);
      if (mark) for (const r of [...mark.reasons]) this.dropReason(r.id);
      this.closeCard();
      this.notify('edit');
    }
    return result;
  }

  /** A finding's DOM range in the page text that was read; null in a text field, or when the
   *  text there has changed (a text node got shorter since). */
  private placeOf(reason: MarkReason): Range | null {
    const anchor = this.reading?.anchor;
    if (this.overlay || !anchor) return null;
    try {
      return createLocator(anchor, this.analyzedText)(reason.start, reason.end);
    } catch {
      return null;
    }
  }

  /** While the user types in the field we read, an open side panel re-checks after a pause. */
  private watchEdits(): void {
    const editable = this.reading?.editable;
    if (!editable) return;
    this.editWatch = new AbortController();
    editable.addEventListener(
      'input',
      () => {
        clearTimeout(this.editTimer);
        this.editTimer = setTimeout(() => this.notify('edit'), EDIT_DEBOUNCE_MS);
      },
      { signal: this.editWatch.signal },
    );
  }
}
