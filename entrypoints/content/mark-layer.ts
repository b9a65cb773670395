// Draws findings on the page with the CSS Custom Highlight API: one Highlight per severity
// plus one for the finding in focus. The page's DOM is never touched; ranges are kept so a
// click can be matched to the finding under it. Text read from a same-origin frame is drawn
// through that frame's own highlight registry. A page with thousands of findings gets the
// first MAX_PER_SEVERITY of each severity drawn, made in slices so the page never stalls.
import type { Mark } from '../../src/extension/messaging/protocol';
import type { Locator } from '../../src/extension/page-reading/locate';
import { newSliceStats, Pacer, runSliced, type SliceStats, type Steps } from '../../src/extension/page-reading/slicing';
import { HIGHLIGHT_NAMES } from '../../src/extension/marks/highlight-style';

export interface PlacedMark {
  mark: Mark;
  range: Range;
}

export interface DrawResult {
  placed: string[];
  missing: string[];
  /** Set when some severity had more marks than are drawn. */
  limited?: number;
  timing?: SliceStats;
}

/** Past this many ranges per severity, drawing and hit-testing cost more than they help. */
export const MAX_PER_SEVERITY = 2000;

// Later (higher) priorities paint over earlier ones where spans overlap.
const PRIORITY = { info: 1, warning: 2, error: 3, current: 4 } as const;
type Layer = keyof typeof PRIORITY;

interface Registry {
  highlights: HighlightRegistry;
  make: (ranges: Range[]) => Highlight;
}

// This script's own constructors, taken at start (a content script has its own globals, so a
// page that replaces window.Highlight or CSS.highlights does not reach these).
const OwnHighlight = typeof Highlight === 'function' ? Highlight : null;
const ownRegistry = typeof CSS !== 'undefined' && CSS && 'highlights' in CSS ? CSS.highlights : null;

/** The highlight registry of the document a range lives in, or null where there is none. */
function registryOf(doc: Document): Registry | null {
  if (doc === document) {
    return ownRegistry && OwnHighlight ? { highlights: ownRegistry, make: (ranges) => new OwnHighlight(...ranges) } : null;
  }
  try {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const FrameHighlight = win?.Highlight;
    const highlights = win?.CSS?.highlights;
    if (typeof FrameHighlight !== 'function' || !highlights || typeof highlights.set !== 'function') return null;
    return { highlights, make: (ranges) => new FrameHighlight(...ranges) };
  } catch {
    return null;
  }
}

/** The text node at a viewport point, where the browser can tell (no layout of every span). */
function textUnder(x: number, y: number): Node | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const node = doc.caretPositionFromPoint?.(x, y)?.offsetNode ?? doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
  return node?.nodeType === 3 ? node : null;
}

export class MarkLayer {
  private placed = new Map<string, PlacedMark>();
  /** Registries holding our highlights, to clear them all. */
  private used = new Set<Registry>();
  private run = 0;

  /** False where this browser has no CSS Custom Highlight API: findings are listed, not drawn. */
  get supported(): boolean {
    return registryOf(document) !== null;
  }

  async draw(marks: Mark[], locate: Locator): Promise<DrawResult> {
    this.clear();
    const run = ++this.run;
    if (!this.supported) return { placed: [], missing: marks.map((m) => m.id) };
    const timing = newSliceStats();
    const result = await runSliced(this.place(marks, locate), timing);
    // A newer draw (or a clear) started while this one paused: it owns the page now.
    if (run !== this.run) return { placed: [], missing: marks.map((m) => m.id) };
    this.paint(result.ranges);
    return { ...result.outcome, timing };
  }

  private *place(marks: Mark[], locate: Locator): Steps<{ outcome: DrawResult; ranges: Map<Document, Record<Layer, Range[]>> }> {
    const pacer = new Pacer(32);
    const missing: string[] = [];
    const counts = { error: 0, warning: 0, info: 0 };
    let limited = false;
    const ranges = new Map<Document, Record<Layer, Range[]>>();
    for (const mark of marks) {
      if (pacer.due()) yield;
      if (counts[mark.severity] >= MAX_PER_SEVERITY) {
        limited = true;
        missing.push(mark.id);
        continue;
      }
      const range = locate(mark.start, mark.end);
      const doc = range?.startContainer.ownerDocument;
      if (!range || range.collapsed || !doc) {
        missing.push(mark.id);
        continue;
      }
      counts[mark.severity]++;
      this.placed.set(mark.id, { mark, range });
      let byLayer = ranges.get(doc);
      if (!byLayer) ranges.set(doc, (byLayer = { error: [], warning: [], info: [], current: [] }));
      byLayer[mark.severity].push(range);
    }
    const outcome: DrawResult = { placed: [...this.placed.keys()], missing };
    if (limited) outcome.limited = MAX_PER_SEVERITY;
    return { outcome, ranges };
  }

  private paint(ranges: Map<Document, Record<Layer, Range[]>>): void {
    for (const [doc, byLayer] of ranges) {
      const registry = registryOf(doc);
      if (!registry) continue;
      this.used.add(registry);
      try {
        for (const severity of ['info', 'warning', 'error'] as const) {
          const highlight = registry.make(byLayer[severity]);
          highlight.priority = PRIORITY[severity];
          registry.highlights.set(HIGHLIGHT_NAMES[severity], highlight);
        }
      } catch {
        // A frame's registry that will not take our ranges: its findings are listed, not drawn.
      }
    }
  }

  /** Ids of the drawn marks, in text order. */
  ids(): string[] {
    return [...this.placed.keys()];
  }

  get(id: string): PlacedMark | undefined {
    return this.placed.get(id);
  }

  /** Marks the finding as current and scrolls it into the middle of its scroll container. */
  focus(id: string): PlacedMark | null {
    const entry = this.placed.get(id);
    const doc = entry?.range.startContainer.ownerDocument;
    const registry = doc ? registryOf(doc) : null;
    if (!entry || entry.range.collapsed || !registry) return null;
    for (const used of this.used) used.highlights.delete(HIGHLIGHT_NAMES.current);
    const current = registry.make([entry.range]);
    current.priority = PRIORITY.current;
    registry.highlights.set(HIGHLIGHT_NAMES.current, current);
    this.used.add(registry);
    const node = entry.range.startContainer;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    return entry;
  }

  /** The finding drawn under a viewport point of this document, if any (innermost: the shortest span). */
  at(x: number, y: number): PlacedMark | null {
    if (!this.placed.size) return null;
    // The text under the point first: only spans over it are measured (layout is the cost).
    const under = textUnder(x, y);
    let best: PlacedMark | null = null;
    for (const entry of this.placed.values()) {
      if (entry.range.collapsed || entry.range.startContainer.ownerDocument !== document) continue;
      if (under && !entry.range.intersectsNode(under)) continue;
      for (const rect of entry.range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
          if (!best || entry.range.toString().length < best.range.toString().length) best = entry;
          break;
        }
      }
    }
    return best;
  }

  remove(id: string): void {
    const entry = this.placed.get(id);
    if (!entry) return;
    this.placed.delete(id);
    for (const registry of this.used) {
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.highlights.get(name)?.delete(entry.range);
    }
  }

  clear(): void {
    this.run++;
    this.placed.clear();
    for (const registry of this.used) {
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.highlights.delete(name);
    }
    this.used.clear();
    // Highlights left by an earlier copy of this script (before an update) go too.
    if (ownRegistry) for (const name of Object.values(HIGHLIGHT_NAMES)) ownRegistry.delete(name);
  }
}
