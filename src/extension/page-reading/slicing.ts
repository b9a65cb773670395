// Reading a page with 100,000 nodes or a megabyte of text takes longer than one frame. The
// readers are generators that `yield` now and then; run in the page they give the event loop
// back every few milliseconds, so the page's own timers, input and rendering keep going
// (no long task of ours). In tests they simply run to the end.

/** Work that pauses at each `yield`; `T` is its result. */
export type Steps<T> = Generator<void, T, void>;

/** How long one slice of work may run before the page gets the thread back. */
export const SLICE_MS = 8;

/** Yields every `every` calls: cheap enough to call once per node. */
export class Pacer {
  private count = 0;
  constructor(private readonly every = 64) {}
  due(): boolean {
    return ++this.count % this.every === 0;
  }
}

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// Captured when the script starts (content scripts have their own globals; this also keeps
// the scheduler the same whatever runs later).
const now = performance.now.bind(performance);
const Channel = typeof MessageChannel === 'function' ? MessageChannel : null;

/** Resolves in a new task: after the page's pending timers, input and rendering. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (!Channel) {
      setTimeout(resolve, 0);
      return;
    }
    // A message is not clamped like a nested setTimeout (4 ms) and still lets other tasks run.
    const { port1, port2 } = new Channel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** How a sliced run went: for the timing measures the browser tests read. */
export interface SliceStats {
  /** Wall time from start to end, pauses included (ms). */
  ms: number;
  slices: number;
  /** The longest stretch of our work without a pause (ms). */
  longestSliceMs: number;
}

/** Runs `steps` in slices of about `sliceMs`, giving the event loop back between them. */
export async function runSliced<T>(steps: Steps<T>, stats?: SliceStats, sliceMs = SLICE_MS): Promise<T> {
  const started = now();
  let sliceStart = started;
  const endSlice = (at: number) => {
    if (!stats) return;
    stats.slices++;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, Math.round(at - sliceStart));
    stats.ms = Math.round(at - started);
  };
  for (;;) {
    const step = steps.next();
    if (step.done) {
      endSlice(now());
      return step.value;
    }
    const at = now();
    if (at - sliceStart >= sliceMs) {
      endSlice(at);
      await nextTask();
      sliceStart = now();
    }
  }
}

export function newSliceStats(): SliceStats {
  return { ms: 0, slices: 0, longestSliceMs: 0 };
}
