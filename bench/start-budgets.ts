// The start-up budgets: whole-process CLI runs beside alex, real postings in process,
// popup opening to score, worker cold start and the extension's script sizes.
import { BACKGROUND_BUDGET_BYTES, WORKER_BUDGET_BYTES, type ExtensionScripts } from './extension-size.js';
import type { BudgetLine } from './budgets.js';
import type { PopupResult } from './popup-open.js';
import type { ProcessPair } from './process-runs.js';
import { bytes, ms } from './report.js';
import { isMeasured, type WorkloadResult } from './workload.js';

const MB = 1024 * 1024;
const verdict = (ok: boolean): BudgetLine['verdict'] => (ok ? 'PASS' : 'FAIL');

const hasCpu = (p: ProcessPair) => p.ours.cpu.runs > 0 && p.alex.cpu.runs > 0;
const wallRatio = (p: ProcessPair) => p.ours.timing.medianMs / p.alex.timing.medianMs;
/**
 * ours/alex, medians of CPU time (user + system) where GNU time reports it, else of wall time.
 * On a shared machine wall time mostly measures the wait for a core; CPU time is what the run
 * costs, and it counts PeerLens's worker thread too (alex runs on one thread).
 */
const ratio = (p: ProcessPair) => (hasCpu(p) ? p.ours.cpu.medianMs / p.alex.cpu.medianMs : wallRatio(p));
const versus = (p: ProcessPair) =>
  (hasCpu(p) ? `CPU ${ms(p.ours.cpu.medianMs)} vs alex ${ms(p.alex.cpu.medianMs)}; wall ${wallRatio(p).toFixed(2)}x, ` : '') +
  `${ms(p.ours.timing.medianMs)} vs alex ${ms(p.alex.timing.medianMs)}`;

export function checkStartBudgets(
  processes: { short: ProcessPair; postings40: ProcessPair; words110k: ProcessPair } | null,
  realWorld: WorkloadResult | undefined,
  popup: PopupResult | null | string,
  scripts: ExtensionScripts | null,
): BudgetLine[] {
  const lines: BudgetLine[] = [];
  if (processes) {
    const { short, postings40, words110k } = processes;
    lines.push({
      verdict: verdict(ratio(short) <= 0.7),
      budget: 'CLI on one short text, whole process <= 0.7x alex',
      measured: `${ratio(short).toFixed(2)}x (${versus(short)})`,
    });
    lines.push({
      verdict: verdict(short.ours.peakRss <= 90 * MB),
      budget: 'CLI on one short text, peak memory <= 90 MB',
      measured: `${bytes(short.ours.peakRss)} (alex ${bytes(short.alex.peakRss)})`,
    });
    lines.push({
      verdict: verdict(ratio(postings40) <= 0.5),
      budget: 'CLI on the 40-posting file, whole process <= 0.5x alex',
      measured: `${ratio(postings40).toFixed(2)}x (${versus(postings40)})`,
    });
    const speedup = 1 / ratio(words110k);
    lines.push({
      verdict: verdict(speedup >= 5),
      budget: 'CLI on 110k words, whole process >= 5x alex',
      measured: `${speedup.toFixed(1)}x (${versus(words110k)})`,
    });
  } else lines.push({ verdict: 'N/A', budget: 'CLI whole-process budgets', measured: 'no dist/cli.mjs (run npm run build:cli)' });

  const realBudget = 'real postings one at a time, in process >= 12x alex throughput';
  if (realWorld && isMeasured(realWorld.alex)) {
    const x = realWorld.ours.wordsPerSecond / realWorld.alex.wordsPerSecond;
    lines.push({ verdict: verdict(x >= 12), budget: realBudget, measured: `${x.toFixed(1)}x (${realWorld.texts} documents)` });
  } else lines.push({ verdict: 'N/A', budget: realBudget, measured: 'no ../shared/corpus-realworld/docs' });

  const popupBudget = 'popup opened -> score on screen <= 150 ms median';
  const coldBudget = 'analysis worker cold start (started -> analyzer ready) <= 100 ms median';
  if (popup && typeof popup === 'object') {
    const s = popup.scoreShown;
    lines.push({
      verdict: verdict(s.medianMs <= 150),
      budget: popupBudget,
      measured: `${ms(s.medianMs)} (p95 ${ms(s.p95Ms)}, ${s.runs} openings, ${popup.page}, ${popup.words} words)`,
    });
    const c = popup.workerColdStart;
    lines.push({
      verdict: c.runs ? verdict(c.medianMs <= 100) : 'N/A',
      budget: coldBudget,
      measured: c.runs ? `${ms(c.medianMs)} (p95 ${ms(c.p95Ms)})` : 'the popup did not report it',
    });
  } else {
    const why = popup ?? 'no .output/chrome-mv3 (run npm run build)';
    lines.push({ verdict: 'N/A', budget: popupBudget, measured: why }, { verdict: 'N/A', budget: coldBudget, measured: why });
  }

  if (scripts) {
    const sizeLine = (what: string, budget: number, files: ExtensionScripts['worker']) =>
      files.map(
        (s): BudgetLine => ({
          verdict: verdict(s.bytes <= budget),
          budget: `${what} <= ${bytes(budget)}`,
          measured: `${s.file} ${bytes(s.bytes)} (${bytes(s.gzipBytes)} gzip)`,
        }),
      );
    lines.push(...sizeLine('analysis worker script', WORKER_BUDGET_BYTES, scripts.worker));
    lines.push(...sizeLine('background script', BACKGROUND_BUDGET_BYTES, scripts.background));
  }
  return lines;
}
