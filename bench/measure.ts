// Timing and memory measurement: warm-up runs, timed runs (median, p95), and the heap
// high-water of a phase taken from V8's GC profiler (the heap size just before each GC), since a
// synchronous run gives a sampling timer no chance to fire.
import { GCProfiler } from 'node:v8';

export interface Timing {
  runs: number;
  samplesMs: number[];
  medianMs: number;
  p95Ms: number;
  totalMs: number;
}

export interface Memory {
  /** Highest heap used during the phase, bytes. */
  peakHeap: number;
  /** Heap used above the phase's starting point, bytes. */
  peakHeapDelta: number;
  /** Highest resident set size seen after a run, bytes. */
  peakRss: number;
}

export interface Measured {
  timing: Timing;
  memory: Memory;
}

export interface MeasureOptions {
  warmup: number;
  runs: number;
  /** Stop adding timed runs once this much time has been spent on them (at least one run). */
  maxTotalMs?: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function summarize(samplesMs: number[]): Timing {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    runs: sorted.length,
    samplesMs,
    medianMs,
    p95Ms: percentile(sorted, 95),
    totalMs: samplesMs.reduce((a, b) => a + b, 0),
  };
}

/** Full GC, when the bench runs with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export const gcExposed = (): boolean => typeof (globalThis as { gc?: unknown }).gc === 'function';

/** Runs `fn` warm-up times untimed, then timed; `fn` does one unit of work (one pass over the texts). */
export function measure(fn: () => void, options: MeasureOptions): Measured {
  collectGarbage();
  const base = process.memoryUsage();
  const profiler = new GCProfiler();
  profiler.start();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  for (let i = 0; i < options.warmup; i++) {
    fn();
    sample();
  }
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < options.runs; i++) {
    const t0 = performance.now();
    fn();
    const ms = performance.now() - t0;
    samples.push(ms);
    spent += ms;
    sample();
    if (options.maxTotalMs !== undefined && spent >= options.maxTotalMs) break;
  }
  const gcs = profiler.stop()?.statistics ?? [];
  for (const g of gcs) peakHeap = Math.max(peakHeap, g.beforeGC.heapStatistics.usedHeapSize);
  return {
    timing: summarize(samples),
    memory: { peakHeap, peakHeapDelta: Math.max(0, peakHeap - base.heapUsed), peakRss },
  };
}
