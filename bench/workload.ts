// One bench workload: a set of texts, analyzed by PeerLens and by alex in the same process,
// each warm, with its own timing and memory. alex is skipped when it would take too long.
import type { AnalyzerUnderTest } from './analyzer-under-test.js';
import { runAlex } from './alex-runner.js';
import type { BenchText } from './corpus.js';
import { measure, summarize, type MeasureOptions, type Measured } from './measure.js';

export interface Workload {
  name: string;
  texts: BenchText[];
  ours: MeasureOptions;
  alex: MeasureOptions;
}

export interface ToolResult extends Measured {
  /** Findings (ours) or messages (alex) over one pass, to show the work was done. */
  findings: number;
  wordsPerSecond: number;
}

export interface WorkloadResult {
  name: string;
  texts: number;
  words: number;
  bytes: number;
  ours: ToolResult;
  alex: ToolResult | { skipped: string };
  /** Distinct report notes from PeerLens (e.g. a text cut at the size limit). */
  notes: string[];
}

export function isMeasured(r: ToolResult | { skipped: string }): r is ToolResult {
  return !('skipped' in r);
}

/** One pass over the texts with `fn`, returning the total it counted. */
function pass(texts: BenchText[], fn: (text: BenchText) => number): () => number {
  return () => texts.reduce((n, t) => n + fn(t), 0);
}

function run(texts: BenchText[], fn: (text: BenchText) => number, options: MeasureOptions, words: number): ToolResult {
  const once = pass(texts, fn);
  let findings = 0;
  const measured = measure(() => {
    findings = once();
  }, options);
  return { ...measured, findings, wordsPerSecond: words / (measured.timing.medianMs / 1000) };
}

export interface AlexLimit {
  /** alex's words per second measured so far (null before the first alex measurement). */
  knownRate: number | null;
  capMs: number;
}

/** Two measurements of the same tool as one: all samples, the higher memory marks. */
function merge(a: ToolResult, b: ToolResult, words: number): ToolResult {
  const timing = summarize([...a.timing.samplesMs, ...b.timing.samplesMs]);
  return {
    timing,
    memory: {
      peakHeap: Math.max(a.memory.peakHeap, b.memory.peakHeap),
      peakHeapDelta: Math.max(a.memory.peakHeapDelta, b.memory.peakHeapDelta),
      peakRss: Math.max(a.memory.peakRss, b.memory.peakRss),
    },
    findings: b.findings,
    wordsPerSecond: words / (timing.medianMs / 1000),
  };
}

export function runWorkload(workload: Workload, analyzer: AnalyzerUnderTest, limit: AlexLimit): WorkloadResult {
  const words = workload.texts.reduce((n, t) => n + t.words, 0);
  const bytes = workload.texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  const notes = new Set<string>();
  const analyzeOne = (t: BenchText) => {
    const report = analyzer.analyze(t.input);
    for (const note of report.notes) notes.add(note);
    return report.findings.length;
  };
  // alex runs once per warm-up and once per timed run: predict all of it. alex gets slower per
  // word as texts grow (measured: ~30k w/s at 100k words, ~11k w/s at 5 MB), so the prediction
  // from the last, smaller workload is doubled.
  const alexPasses = workload.alex.warmup + workload.alex.runs;
  const predictedMs = limit.knownRate ? 2 * (words / limit.knownRate) * 1000 * alexPasses : 0;
  if (predictedMs > limit.capMs) {
    const ours = run(workload.texts, analyzeOne, workload.ours, words);
    const skipped = `alex: skipped, predicted ${(predictedMs / 1000).toFixed(0)} s > ${limit.capMs / 1000} s cap`;
    return { name: workload.name, texts: workload.texts.length, words, bytes, ours, alex: { skipped }, notes: [...notes] };
  }
  // PeerLens's timed runs are split around alex's, so both see the same machine load (other
  // work on a shared machine otherwise skews the ratio).
  const firstHalf = Math.ceil(workload.ours.runs / 2);
  const half = (runs: number, warmup: number): MeasureOptions => ({
    warmup,
    runs,
    ...(workload.ours.maxTotalMs === undefined ? {} : { maxTotalMs: workload.ours.maxTotalMs / 2 }),
  });
  const before = run(workload.texts, analyzeOne, half(firstHalf, workload.ours.warmup), words);
  const alex = run(workload.texts, (t) => runAlex(t.text), workload.alex, words);
  const rest = workload.ours.runs - firstHalf;
  const ours = rest > 0 ? merge(before, run(workload.texts, analyzeOne, half(rest, 0), words), words) : before;
  return { name: workload.name, texts: workload.texts.length, words, bytes, ours, alex, notes: [...notes] };
}
