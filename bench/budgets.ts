// The performance budgets, checked against the measured results.
import { CONTENT_SCRIPT_BUDGET_BYTES, type ScriptSize } from './extension-size.js';
import { bytes, ms } from './report.js';
import { isMeasured, type WorkloadResult } from './workload.js';

export interface BudgetLine {
  verdict: 'PASS' | 'FAIL' | 'N/A';
  budget: string;
  measured: string;
}

const MB = 1024 * 1024;

export function checkBudgets(
  results: Record<'corpus' | 'words1k' | 'words100k' | 'mb5', WorkloadResult | undefined>,
  scripts: ScriptSize[] | null,
): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const { corpus, words1k, words100k, mb5 } = results;

  const budget1 = '>= 10x alex throughput on the posting corpus';
  if (corpus && isMeasured(corpus.alex)) {
    const ratio = corpus.ours.wordsPerSecond / corpus.alex.wordsPerSecond;
    lines.push({ verdict: ratio >= 10 ? 'PASS' : 'FAIL', budget: budget1, measured: `${ratio.toFixed(1)}x` });
  } else lines.push({ verdict: 'N/A', budget: budget1, measured: 'alex not measured' });

  const budget2 = '1,000-word posting < 10 ms median, warm';
  if (words1k) {
    const median = words1k.ours.timing.medianMs;
    lines.push({ verdict: median < 10 ? 'PASS' : 'FAIL', budget: budget2, measured: `${ms(median)} (${words1k.words} words)` });
  }

  const budget3 = '100k-word document < 1 s';
  if (words100k) {
    const median = words100k.ours.timing.medianMs;
    lines.push({ verdict: median < 1000 ? 'PASS' : 'FAIL', budget: budget3, measured: `${ms(median)} (${words100k.words} words)` });
  }

  const budget4 = '5 MB linear: ms/MB at 5 MB <= 2x ms/MB at 100k words';
  const cut = mb5?.notes.find((n) => /too long|only the first/i.test(n));
  if (cut) lines.push({ verdict: 'N/A', budget: budget4, measured: `the 5 MB text was not read whole: ${cut}` });
  else if (words100k && mb5) {
    const small = words100k.ours.timing.medianMs / (words100k.bytes / MB);
    const large = mb5.ours.timing.medianMs / (mb5.bytes / MB);
    const factor = large / small;
    lines.push({
      verdict: factor <= 2 ? 'PASS' : 'FAIL',
      budget: budget4,
      measured: `${ms(large)}/MB vs ${ms(small)}/MB (${factor.toFixed(2)}x)`,
    });
  }

  const budget5 = `content script <= ${bytes(CONTENT_SCRIPT_BUDGET_BYTES)} minified`;
  if (scripts === null) lines.push({ verdict: 'N/A', budget: budget5, measured: 'no .output/chrome-mv3 (run npm run build)' });
  else if (scripts.length === 0) lines.push({ verdict: 'N/A', budget: budget5, measured: 'build has no content-scripts/*.js' });
  else
    for (const s of scripts)
      lines.push({
        verdict: s.bytes <= CONTENT_SCRIPT_BUDGET_BYTES ? 'PASS' : 'FAIL',
        budget: budget5,
        measured: `${s.file} ${bytes(s.bytes)} (${bytes(s.gzipBytes)} gzip)`,
      });
  return lines;
}
