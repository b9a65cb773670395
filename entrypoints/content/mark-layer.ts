// Draws findings on the page with the CSS Custom Highlight API: one Highlight per severity
// plus one for the finding in focus. The page's DOM is never touched; ranges are kept so a
// click can be matched to the finding under it.
import type { Mark } from '../../src/extension/messaging/protocol';
import type { Locator } from '../../src/extension/page-reading/locate';
import { HIGHLIGHT_NAMES } from './highlight-style';

export interface PlacedMark {
  mark: Mark;
  range: Range;
}

// Later (higher) priorities paint over earlier ones where spans overlap.
const PRIORITY = { info: 1, warning: 2, error: 3, current: 4 } as const;

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class MarkLayer {
  private placed = new Map<string, PlacedMark>();

  draw(marks: Mark[], locate: Locator): { placed: string[]; missing: string[] } {
    this.clear();
    const missing: string[] = [];
    if (!highlightsSupported()) return { placed: [], missing: marks.map((m) => m.id) };
    const bySeverity = { error: [] as Range[], warning: [] as Range[], info: [] as Range[] };
    for (const mark of marks) {
      const range = locate(mark.start, mark.end);
      if (!range || range.collapsed) {
        missing.push(mark.id);
        continue;
      }
      this.placed.set(mark.id, { mark, range });
      bySeverity[mark.severity].push(range);
    }
    for (const severity of ['info', 'warning', 'error'] as const) {
      const highlight = new Highlight(...bySeverity[severity]);
      highlight.priority = PRIORITY[severity];
      CSS.highlights.set(HIGHLIGHT_NAMES[severity], highlight);
    }
    return { placed: [...this.placed.keys()], missing };
  }

  get(id: string): PlacedMark | undefined {
    return this.placed.get(id);
  }

  /** Marks the finding as current and scrolls it into the middle of its scroll container. */
  focus(id: string): PlacedMark | null {
    const entry = this.placed.get(id);
    if (!entry || entry.range.collapsed || !highlightsSupported()) return null;
    const current = new Highlight(entry.range);
    current.priority = PRIORITY.current;
    CSS.highlights.set(HIGHLIGHT_NAMES.current, current);
    const node = entry.range.startContainer;
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    return entry;
  }

  /** The finding drawn under a viewport point, if any (innermost: the shortest span). */
  at(x: number, y: number): PlacedMark | null {
    let best: PlacedMark | null = null;
    for (const entry of this.placed.values()) {
      if (entry.range.collapsed) continue;
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
    if (!entry || !highlightsSupported()) return;
    this.placed.delete(id);
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.get(name)?.delete(entry.range);
  }

  clear(): void {
    this.placed.clear();
    if (!highlightsSupported()) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
  }
}
