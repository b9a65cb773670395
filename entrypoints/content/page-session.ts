// One page's state in the content script: the last reading, the findings drawn on it and the
// card. It answers the extension's requests; it never analyzes anything itself.
import type { ApplyResult, ContentRequest, Mark } from '../../src/extension/messaging/protocol';
import { PROTOCOL_VERSION } from '../../src/extension/messaging/protocol-version';
import { createLocator } from '../../src/extension/page-reading/locate';
import { copyToClipboard } from '../../src/extension/editing/clipboard-fallback';
import type { EditorApi } from './editor-api';
import { FindingCard } from './finding-card';
import { MarkLayer, type DrawResult } from './mark-layer';
import { readForExtension, type LocalReading } from './read-for-extension';

export type ChangeReason = 'navigation' | 'edit';

/** Typing pauses this long before an open side panel is told to re-check. */
const EDIT_DEBOUNCE_MS = 700;

export class PageSession {
  private reading: LocalReading | null = null;
  private analyzedText = '';
  private marks = new Map<string, Mark>();
  private readonly layer = new MarkLayer();
  private readonly card = new FindingCard();
  private editWatch: AbortController | null = null;
  private editTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly notify: (reason: ChangeReason) => void,
    /** Injects editor.js (through the background worker) and returns its API. */
    private readonly loadEditor: () => Promise<EditorApi>,
  ) {}

  async handle(request: ContentRequest): Promise<unknown> {
    switch (request.type) {
      case 'peerlens:ping':
        return { ok: true, version: PROTOCOL_VERSION };
      case 'peerlens:read': {
        this.clear();
        const reading = await readForExtension(this.doc, request.scope);
        this.reading = reading;
        this.watchEdits();
        return reading.message;
      }
      case 'peerlens:highlight':
        return this.highlight(request.text, request.marks);
      case 'peerlens:focus': {
        const entry = this.layer.focus(request.id);
        if (entry) this.card.show(entry, this.actions());
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
    if (this.card.isOwnNode(event.target)) return;
    const hit = this.layer.at(event.clientX, event.clientY);
    if (hit) this.card.show(hit, this.actions());
    else this.card.close();
  }

  onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.card.close();
  }

  clear(): void {
    this.layer.clear();
    this.card.close();
    this.marks.clear();
    this.editWatch?.abort();
    this.editWatch = null;
    clearTimeout(this.editTimer);
  }

  private async highlight(text: string, marks: Mark[]): Promise<DrawResult> {
    this.analyzedText = text;
    this.marks = new Map(marks.map((m) => [m.id, m]));
    const anchor = this.reading?.anchor;
    if (!anchor) return { placed: [], missing: marks.map((m) => m.id) };
    return this.layer.draw(marks, createLocator(anchor, text));
  }

  private actions() {
    return {
      copy: (text: string) => copyToClipboard(text, this.doc),
      ...(this.reading?.editable
        ? { apply: async (id: string, replacement: string) => (await this.apply(id, replacement)).message }
        : {}),
    };
  }

  private async apply(id: string, replacement: string): Promise<ApplyResult> {
    const mark = this.marks.get(id);
    const editable = this.reading?.editable;
    if (!mark || !editable) {
      const copied = await copyToClipboard(replacement, this.doc);
      return copied
        ? { outcome: 'copied', message: 'This text is not in an editable field; the suggestion was copied instead.' }
        : { outcome: 'failed', message: 'This text is not in an editable field.' };
    }
    let editor: EditorApi;
    try {
      editor = await this.loadEditor();
    } catch {
      const copied = await copyToClipboard(replacement, this.doc);
      return { outcome: copied ? 'copied' : 'failed', message: copied ? 'The editor could not be reached; the suggestion was copied.' : 'The editor could not be reached.' };
    }
    const result = await editor.apply(editable, { analyzedText: this.analyzedText, start: mark.start, end: mark.end, text: mark.text, replacement });
    if (result.outcome === 'applied') {
      this.layer.remove(id);
      this.card.close();
      this.notify('edit');
    }
    return result;
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
