// Where analyze() spends its time: CPU-profiles analyze() over one of the bench's inputs (after
// a warm-up pass) and prints the functions with the most self and inclusive time.
// Usage: node --import tsx bench/profile.ts [size=1mb] [rows=20]
//   size: "<n>mb" (the bench's 5 MB generator), "<n>w" (the bench's word-count generator), or
//   "corpus" (the bench's posting corpus, analyzed text by text), or "realworld" (the real-world
//   development set, text by text); a set of texts is analyzed again until a second has passed,
//   so that short texts give enough samples
import type { Profiler, Runtime } from 'node:inspector';
import { Session } from 'node:inspector/promises';
import { loadAnalyzerUnderTest } from './analyzer-under-test.js';
import { generateBytes, generateDocument, postingCorpus, realWorldDocs } from './corpus.js';
import type { AnalyzeInput } from '../src/core/types.js';
import { ms } from './report.js';

const size = (process.argv[2] ?? '1mb').toLowerCase();
const rows = Number(process.argv[3] ?? 20);

function frameName(frame: Runtime.CallFrame): string {
  const file = frame.url.replace(/^.*?\/(src|node_modules|bench)\//, '$1/');
  // tsx-compiled TypeScript reports generated line numbers, which would mislead: name the file only.
  const line = file.startsWith('node_modules/') ? `:${frame.lineNumber + 1}` : '';
  return `${frame.functionName || '(anonymous)'}  ${file || '(native)'}${line}`;
}

function hotspots(profile: Profiler.Profile): { self: Map<string, number>; inclusive: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  const underAnalyze = (id: number) => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
      if (byId.get(cur)!.callFrame.url.includes('/src/')) return true;
    return false;
  };
  (profile.samples ?? []).forEach((id, i) => {
    const dt = (deltas[i] ?? 0) / 1000;
    const leaf = frameName(byId.get(id)!.callFrame);
    // Keep analyze() and GC; drop the profiler's own start/stop and idle time.
    if (!underAnalyze(id) && !leaf.startsWith('(garbage collector)')) return;
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    // Count each function once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = frameName(byId.get(cur)!.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  });
  return { self, inclusive };
}

function top(map: Map<string, number>, count: number): string {
  return [...map]
    .filter(([name]) => !/^\((root|program|idle)\)/.test(name) && !name.includes('bench/'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, t]) => `${ms(t).padStart(10)}  ${name}`)
    .join('\n');
}

// From the source: the built analyzer's functions are minified, and its frames are not under src/.
const analyzer = await loadAnalyzerUnderTest({ fromSource: true });
// Same generators and seeds as bench/run.ts, so a profile explains the bench's numbers.
async function inputs(): Promise<AnalyzeInput[]> {
  if (size === 'corpus') return (await postingCorpus()).texts.map((t) => t.input);
  if (size === 'realworld') return realWorldDocs().map((t) => t.input);
  if (size.endsWith('w')) return [generateDocument(Number(size.slice(0, -1)), 3)];
  return [generateBytes(Number(size.replace(/mb$/, '')) * 1024 * 1024, 4)];
}
const texts = await inputs();
// Warm the code paths first (JIT), as the bench does.
for (let i = 0; i < 3; i++) for (const input of texts) analyzer.analyze(input);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t0 = performance.now();
let findings = 0;
let passes = 0;
do {
  for (const input of texts) findings += analyzer.analyze(input).findings.length;
  passes++;
} while (texts.length > 1 && performance.now() - t0 < 1000);
const elapsed = performance.now() - t0;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

console.log(`${analyzer.label}\n${size} (${texts.length} texts, ${passes} passes): ${ms(elapsed)}, ${findings} findings`);
const { self, inclusive } = hotspots(profile);
console.log(`\n-- self time\n${top(self, rows)}`);
console.log(`\n-- inclusive time\n${top(inclusive, rows)}`);
