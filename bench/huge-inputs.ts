// The inputs that were quadratic once (tests/core/huge-inputs.ts), timed at a quarter and at full
// size: a linear run takes about four times as long on four times the input, a quadratic one 16.
// Comparing the two sizes in the same run holds on a loaded machine, where absolute times do
// not. tests/core/linear-time.test.ts asserts what comes out of them; the time is measured here.
import { rewrite } from '../src/core/rewrite.js';
import type { AnalyzeInput, AnalyzeOptions, Report } from '../src/core/types.js';
import { HUGE_INPUTS, MEMBERS_TERM } from '../tests/core/huge-inputs.js';
import type { BudgetLine } from './budgets.js';
import { ms } from './report.js';

/**
 * Full size against a quarter: 4 when linear, 16 when quadratic. The eight inputs measure 3.8x to
 * 4.8x on a quiet machine and 2.6x to 4.9x at a load average of 12 to 19 (larger inputs fall out
 * of the processor's caches, a few steps sort). A run whose quadratic part takes a share f of its
 * quarter-size time measures 4 + 12f: 7 fails a quadratic part of a quarter of that time or more,
 * and leaves room above 4.9x. Measured in CPU time: waiting for a core, which is most of a wall
 * time on a loaded machine and falls more on the longer run, does not count.
 */
const MAX_GROWTH = 7;
/** A timed batch lasts at least this long, so that short runs are not lost in the clock's noise. */
const MIN_BATCH_MS = 25;
const BATCHES = 5;

type Analyze = (input: AnalyzeInput, options?: AnalyzeOptions) => Report;

/** CPU time (user + system) of this process since `from`, in ms. */
function cpuMsSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/**
 * CPU time of one run: the best of several batches, each repeating the run until it lasts
 * MIN_BATCH_MS. No forced GC between batches: the collector's helper threads would go on sweeping
 * into the next batch and count in this process's CPU time, inflating the short runs most.
 */
function timed(run: () => unknown): number {
  const first = process.cpuUsage();
  run(); // also warms the code up
  const repeats = Math.max(1, Math.ceil(MIN_BATCH_MS / Math.max(cpuMsSince(first), 0.01)));
  let best = Infinity;
  for (let b = 0; b < BATCHES; b++) {
    const t0 = process.cpuUsage();
    for (let i = 0; i < repeats; i++) run();
    best = Math.min(best, cpuMsSince(t0) / repeats);
  }
  return best;
}

export function hugeInputBudgets(analyze: Analyze): BudgetLine[] {
  const runs: [string, (scale: number) => unknown][] = [
    ['100,000 short lines', (n) => analyze(HUGE_INPUTS.shortLines(n))],
    ['one line of 50,000 sentences', (n) => analyze(HUGE_INPUTS.oneLine(n))],
    ['a 15,000-word sentence', (n) => analyze(HUGE_INPUTS.endlessSentence(n))],
    ['40,000 lived-experience mentions on one line', (n) => analyze(HUGE_INPUTS.mentionsOnOneLine(n))],
    ['50,000 unclosed quotation marks', (n) => analyze(HUGE_INPUTS.unclosedQuotes(n))],
    ['100,000 overlapping findings', (n) => analyze(HUGE_INPUTS.overlappingFindings(n))],
    ['150,000 custom-term findings', (n) => analyze(HUGE_INPUTS.customTermFindings(n), { customTerms: MEMBERS_TERM })],
    [
      'a rewrite with 50,000 replacements',
      (n) => {
        const report = analyze(HUGE_INPUTS.replacements(n));
        return rewrite(report.text, report.findings);
      },
    ],
  ];
  return runs.map(([name, run]) => {
    const quarter = timed(() => run(0.25));
    const full = timed(() => run(1));
    const growth = full / quarter;
    return {
      verdict: growth <= MAX_GROWTH ? 'PASS' : 'FAIL',
      budget: `${name}, once quadratic: full size <= ${MAX_GROWTH}x the CPU time of a quarter`,
      measured: `${ms(full)} vs ${ms(quarter)} CPU (${growth.toFixed(2)}x)`,
    };
  });
}
