// npm run bench: PeerLens analyze() against alex on the same texts in the same process, whole
// CLI processes beside alex's, the popup opening to score in Chromium, the extension's script
// sizes, and its budgets as PASS/FAIL lines. A report, not a gate: it
// always exits 0.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditThroughput } from './audit-hook.js';
import { loadAnalyzerUnderTest } from './analyzer-under-test.js';
import { checkBudgets } from './budgets.js';
import {
  countWords,
  GENERATED_POSTINGS,
  generateBytes,
  generateDocument,
  generatedPostings,
  postingCorpus,
  realWorldDocs,
  sizedDocument,
} from './corpus.js';
import { contentScriptSizes, extensionScriptSizes } from './extension-size.js';
import { popupOpenToScore } from './popup-open.js';
import { CLI_BUNDLE, processPair, type ProcessPair } from './process-runs.js';
import { checkStartBudgets } from './start-budgets.js';
import { benchDense, benchHostileInputs, denseBudgets, hostileBudgets } from './hostile.js';
import { hugeInputBudgets } from './huge-inputs.js';
import { gcExposed } from './measure.js';
import { bytes, heading, int, ms, rate, table } from './report.js';
import { isMeasured, runWorkload, type Workload, type WorkloadResult } from './workload.js';

// alex on 5 MB takes 50-80 s here; skipping it keeps the whole bench well under 3 minutes.
const ALEX_CAP_MS = 30_000;

const started = performance.now();
const analyzer = await loadAnalyzerUnderTest();

console.log(heading('PeerLens bench'));
console.log(`node ${process.version}, ${cpus().length} x ${cpus()[0]?.model.trim() ?? 'cpu'}`);
// Other work on the machine skews medians; the load average says how much to trust them.
const loadNow = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`load average at start: ${loadNow()}`);
console.log(`measuring: ${analyzer.label}`);
console.log(`analyzer ready in ${ms(analyzer.compileMs)} (once, on first use)`);
if (!gcExposed()) console.log('note: run with --expose-gc (npm run bench does) for clean memory numbers');

const { texts: postings, fromCorpus } = await postingCorpus();
console.log(
  `posting corpus: ${fromCorpus} documents from tests/corpus/docs + ${GENERATED_POSTINGS} generated postings` +
    (fromCorpus ? '' : ' (tests/corpus/docs is empty so far)'),
);

const realWorld = realWorldDocs();
const workloads: Record<string, Workload> = {
  realWorld: {
    name: `real postings, one at a time (${realWorld.length} texts)`,
    texts: realWorld,
    ours: { warmup: 3, runs: 15, maxTotalMs: 10_000 },
    alex: { warmup: 1, runs: 3, maxTotalMs: 15_000 },
  },
  corpus: {
    name: `posting corpus (${postings.length} texts)`,
    texts: postings,
    ours: { warmup: 3, runs: 15, maxTotalMs: 15_000 },
    alex: { warmup: 1, runs: 3, maxTotalMs: 15_000 },
  },
  words1k: {
    name: '1k-word posting',
    texts: [sizedDocument('1k', generateDocument(1_000, 1))],
    ours: { warmup: 10, runs: 101, maxTotalMs: 5_000 },
    alex: { warmup: 2, runs: 10 },
  },
  words10k: {
    name: '10k-word document',
    texts: [sizedDocument('10k', generateDocument(10_000, 2))],
    ours: { warmup: 3, runs: 21, maxTotalMs: 10_000 },
    alex: { warmup: 1, runs: 3 },
  },
  words100k: {
    name: '100k-word document',
    texts: [sizedDocument('100k', generateDocument(100_000, 3))],
    ours: { warmup: 2, runs: 7, maxTotalMs: 15_000 },
    alex: { warmup: 0, runs: 1 },
  },
  mb5: {
    name: '5 MB document',
    texts: [sizedDocument('5MB', generateBytes(5 * 1024 * 1024, 4))],
    ours: { warmup: 0, runs: 3, maxTotalMs: 20_000 },
    alex: { warmup: 0, runs: 1 },
  },
};

const results: Record<string, WorkloadResult> = {};
let alexRate: number | null = null;
for (const [key, workload] of Object.entries(workloads)) {
  if (workload.texts.length === 0) continue;
  process.stdout.write(`running ${workload.name} ...`);
  const t0 = performance.now();
  const result = runWorkload(workload, analyzer, { knownRate: alexRate, capMs: ALEX_CAP_MS });
  results[key] = result;
  if (isMeasured(result.alex)) alexRate = result.alex.wordsPerSecond;
  process.stdout.write(` ${ms(performance.now() - t0)}\n`);
}

const rows = Object.values(results);

// Whole processes: what a user waits for from typing the command to its answer.
let processes: { short: ProcessPair; postings40: ProcessPair; words110k: ProcessPair } | null = null;
if (existsSync(CLI_BUNDLE)) {
  const dir = mkdtempSync(join(tmpdir(), 'peerlens-bench-cli-'));
  try {
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const postings40 = generatedPostings(GENERATED_POSTINGS, 1000)
      .map((t) => t.text)
      .join('\n\n');
    const words110k = generateDocument(110_000, 5);
    process.stdout.write('running whole-process CLI runs beside alex ...');
    const t0 = performance.now();
    processes = {
      short: processPair(
        `one short posting (examples/peer-support-specialist.txt, ${countWords(readFileSync('examples/peer-support-specialist.txt', 'utf8'))} words)`,
        'examples/peer-support-specialist.txt',
        9,
      ),
      postings40: processPair(
        `the ${GENERATED_POSTINGS}-posting file (${countWords(postings40).toLocaleString('en-US')} words)`,
        file('postings-40.txt', postings40),
        5,
      ),
      words110k: processPair(`110k words (${countWords(words110k).toLocaleString('en-US')} words)`, file('words-110k.txt', words110k), 3),
    };
    process.stdout.write(` ${ms(performance.now() - t0)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.stdout.write('opening the popup in Chromium ...');
const popupStarted = performance.now();
const exampleHtml = readFileSync('examples/peer-support-specialist.html', 'utf8');
const exampleWords = countWords(readFileSync('examples/peer-support-specialist.txt', 'utf8'));
const popup = await popupOpenToScore(exampleHtml, exampleWords, 9).catch((error: unknown) => `failed: ${String(error).split('\n')[0]}`);
process.stdout.write(` ${ms(performance.now() - popupStarted)}\n`);
if (popup && typeof popup === 'object') {
  const steps = Object.entries(popup.steps).map(([step, at]) => `${step} ${ms(at)}`);
  console.log(`  popup steps (median time from opening): ${steps.join(', ')}`);
  const again = popup.reopened;
  console.log(
    `  opened again on the same posting: score shown ${ms(again.scoreShown.medianMs)} median (p95 ${ms(again.scoreShown.p95Ms)}), ` +
      `the kept report shown in ${again.keptReportsUsed} of ${again.scoreShown.runs}`,
  );
  const asleep = popup.backgroundAsleep.scoreShown;
  console.log(
    `  with the extension's service worker stopped before each opening: score shown ${ms(asleep.medianMs)} median (p95 ${ms(asleep.p95Ms)})`,
  );
}
console.log(heading('Time (median of warm runs; one run = one pass over the texts)'));
console.log(
  table(
    ['workload', 'words', 'runs', 'PeerLens median', 'p95', 'throughput', 'alex median', 'p95', 'throughput', 'speed vs alex'],
    rows.map((r) => {
      const a = r.alex;
      return [
        r.name,
        int(r.words),
        `${r.ours.timing.runs}/${isMeasured(a) ? a.timing.runs : '—'}`,
        ms(r.ours.timing.medianMs),
        ms(r.ours.timing.p95Ms),
        rate(r.ours.wordsPerSecond),
        isMeasured(a) ? ms(a.timing.medianMs) : 'skipped',
        isMeasured(a) ? ms(a.timing.p95Ms) : '—',
        isMeasured(a) ? rate(a.wordsPerSecond) : '—',
        isMeasured(a) ? `${(r.ours.wordsPerSecond / a.wordsPerSecond).toFixed(1)}x` : '—',
      ];
    }),
  ),
);

console.log(heading('Memory (heap high-water from V8 GC stats; gc before each phase)'));
console.log(
  table(
    ['workload', 'input', 'PeerLens peak heap', 'above start', 'alex peak heap', 'above start', 'findings/messages'],
    rows.map((r) => {
      const a = r.alex;
      return [
        r.name,
        bytes(r.bytes),
        bytes(r.ours.memory.peakHeap),
        bytes(r.ours.memory.peakHeapDelta),
        isMeasured(a) ? bytes(a.memory.peakHeap) : 'skipped',
        isMeasured(a) ? bytes(a.memory.peakHeapDelta) : '—',
        `${int(r.ours.findings)} / ${isMeasured(a) ? int(a.findings) : '—'}`,
      ];
    }),
  ),
);
const peakRss = Math.max(...rows.flatMap((r) => [r.ours.memory.peakRss, isMeasured(r.alex) ? r.alex.memory.peakRss : 0]));
console.log(`process peak RSS: ${bytes(peakRss)} (max resident: ${bytes(process.resourceUsage().maxRSS * 1024)})`);
for (const r of rows) if (!isMeasured(r.alex)) console.log(`${r.name}: ${r.alex.skipped}`);
// Notes on the long documents say whether PeerLens read them whole (a cut would void the 5 MB check).
for (const r of rows.slice(1))
  for (const note of r.notes.filter((n) => !/language only/.test(n))) console.log(`${r.name}, PeerLens note: ${note}`);

if (processes) {
  console.log(heading('Whole process: peerlens analyze --format json FILE vs alex (medians of wall and CPU time; peak RSS)'));
  const cpuRatio = (p: ProcessPair) =>
    p.ours.cpu.runs && p.alex.cpu.runs ? `${(p.ours.cpu.medianMs / p.alex.cpu.medianMs).toFixed(2)}x` : '—';
  console.log(
    table(
      ['input', 'runs', 'PeerLens wall', 'CPU', 'peak RSS', 'alex wall', 'CPU', 'peak RSS', 'wall ratio', 'CPU ratio'],
      Object.values(processes).map((p) => [
        p.name,
        String(p.ours.timing.runs),
        ms(p.ours.timing.medianMs),
        p.ours.cpu.runs ? ms(p.ours.cpu.medianMs) : '—',
        bytes(p.ours.peakRss),
        ms(p.alex.timing.medianMs),
        p.alex.cpu.runs ? ms(p.alex.cpu.medianMs) : '—',
        bytes(p.alex.peakRss),
        `${(p.ours.timing.medianMs / p.alex.timing.medianMs).toFixed(2)}x`,
        cpuRatio(p),
      ]),
    ),
  );
}
const extensionScripts = extensionScriptSizes();
if (extensionScripts) {
  console.log(heading('Extension scripts (chrome-mv3)'));
  const all = [
    ...(contentScriptSizes() ?? []),
    ...extensionScripts.worker,
    ...extensionScripts.background,
    ...extensionScripts.lazy.map((s) => ({ ...s, file: `${s.file} (on demand)` })),
  ];
  console.log(
    table(
      ['script', 'size', 'gzip'],
      all.map((s) => [s.file, bytes(s.bytes), bytes(s.gzipBytes)]),
    ),
  );
}

const scripts = contentScriptSizes();
console.log(heading('Budgets'));
const budgets = checkBudgets({ corpus: results.corpus, words1k: results.words1k, words100k: results.words100k, mb5: results.mb5 }, scripts);
budgets.push(...checkStartBudgets(processes, results.realWorld, popup, extensionScripts));
for (const b of budgets) console.log(`${b.verdict.padEnd(4)}  ${b.budget}: ${b.measured}`);

console.log(heading('Hostile inputs (SECURITY.md, "Input limits")'));
process.stdout.write('running 5 MB of dense flagged text ...');
const dense = await benchDense(analyzer.analyze);
process.stdout.write(' done\n');
for (const b of denseBudgets(dense)) console.log(`${b.verdict.padEnd(4)}  ${b.budget}: ${b.measured}`);
for (const b of hugeInputBudgets(analyzer.analyze)) console.log(`${b.verdict.padEnd(4)}  ${b.budget}: ${b.measured}`);
for (const b of hostileBudgets(await benchHostileInputs())) console.log(`${b.verdict.padEnd(4)}  ${b.budget}: ${b.measured}`);
for (const line of await auditThroughput()) console.log(line);
console.log(`\nbench finished in ${ms(performance.now() - started)}; load average at end: ${loadNow()}`);
