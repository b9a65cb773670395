// The inputs that were quadratic once (tests/core/huge-inputs.ts), timed at a quarter and at full
// size: a linear run takes about four times as long on four times the input, a quadratic one 16.
// Comparing the two sizes in the same run holds on a loaded machine, where absolute times do
// not. tests/core/linear-time.test.ts asserts what comes out of them; the time is measured here.
import { rewrite } from '../src/core/rewrite.js';
import type { AnalyzeInput, AnalyzeOptions, Report } from '../src/core/types.js';
import { HUGE_INPUTS, MEMBERS_TERM } from '../tests/core/huge-inputs.js';
import type { BudgetLine } from './budgets.js';
import { ms } from './report.js';

/** Full size against a quarter: 4 when linear, 16 when quadratic; the margin absorbs GC and load. */
const MAX_GROWTH = 10;

type Analyze = (input: AnalyzeInput, options?: AnalyzeOptions) => Report;

/** The fastest of three runs: the least disturbed by other work on the machine. */
function timed(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
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
      budget: `${name}, once quadratic: full size <= ${MAX_GROWTH}x the time of a quarter`,
      measured: `${ms(full)} vs ${ms(quarter)} (${growth.toFixed(2)}x)`,
    };
  });
}
