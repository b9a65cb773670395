// One bench workload: a set of texts, analyzed by PeerLens and by alex in the same process,
// each warm, with its own timing and memory. alex is skipped when it would take too long.
import type { AnalyzerUnderTest } from './analyzer-under-test.js';
import { runAlex } from './alex-runner.js';
import type { BenchText } from './corpus.js';
import { measure, type MeasureOptions, type Measured } from './measure.js';

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

export function runWorkload(workload: Workload, analyzer: AnalyzerUnderTest, limit: AlexLimit): WorkloadResult {
  const words = workload.texts.reduce((n, t) => n + t.words, 0);
  const bytes = workload.texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  const notes = new Set<string>();
  const analyzeOne = (t: BenchText) => {
    const report = analyzer.analyze(t.input);
    for (const note of report.notes) notes.add(note);
    return report.findings.length;
  };
  const ours = run(workload.texts, analyzeOne, workload.ours, words);
  // alex runs once per warm-up and once per timed run: predict all of it.
  const alexPasses = workload.alex.warmup + workload.alex.runs;
  const predictedMs = limit.knownRate ? (words / limit.knownRate) * 1000 * alexPasses : 0;
  const alex =
    predictedMs > limit.capMs
      ? { skipped: `alex: skipped, predicted ${(predictedMs / 1000).toFixed(0)} s > ${limit.capMs / 1000} s cap` }
      : run(workload.texts, (t) => runAlex(t.text), workload.alex, words);
  return { name: workload.name, texts: workload.texts.length, words, bytes, ours, alex, notes: [...notes] };
}
