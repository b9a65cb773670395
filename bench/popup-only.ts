// npm run bench:popup [-- <build dir> ...]: only the popup's opening-to-score timing of the full
// bench (bench/popup-open.ts), for work on the popup. With several build directories (each a
// built .output/chrome-mv3), it times them in turns, round after round, so a busy machine weighs
// on each the same; the medians are over all of a build's openings.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { countWords } from './corpus.js';
import { summarize } from './measure.js';
import { popupOpenToScore, type PopupResult } from './popup-open.js';
import { ms } from './report.js';

const ROUNDS = Number(process.env.PEERLENS_POPUP_ROUNDS ?? 3);
const OPENINGS = 9;

const dirs = process.argv.slice(2).map((dir) => resolve(dir));
const builds = dirs.length > 0 ? dirs : [resolve('.output/chrome-mv3')];
const html = readFileSync('examples/peer-support-specialist.html', 'utf8');
const words = countWords(readFileSync('examples/peer-support-specialist.txt', 'utf8'));

console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const results = new Map<string, PopupResult[]>(builds.map((b) => [b, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const build of builds) {
    const result = await popupOpenToScore(html, words, OPENINGS, build);
    if (!result || typeof result !== 'object') {
      console.log(`${build}: ${result ?? 'no build'}`);
      process.exit(1);
    }
    results.get(build)!.push(result);
    console.log(`round ${round + 1}, ${build}: score shown ${ms(result.scoreShown.medianMs)} (median of ${OPENINGS})`);
  }
}
for (const [build, runs] of results) {
  const shown = summarize(runs.flatMap((r) => r.scoreShown.samplesMs));
  const cold = summarize(runs.flatMap((r) => r.workerColdStart.samplesMs));
  const steps = Object.keys(runs[0]!.steps).map(
    (step) => `${step} ${ms(summarize(runs.map((r) => r.steps[step as keyof PopupResult['steps']])).medianMs)}`,
  );
  console.log(`\n${build}`);
  console.log(
    `  popup opened -> score shown (no kept report): median ${ms(shown.medianMs)}, p95 ${ms(shown.p95Ms)} (${shown.runs} openings)`,
  );
  const again = summarize(runs.flatMap((r) => r.reopened.scoreShown.samplesMs));
  const kept = runs.reduce((n, r) => n + r.reopened.keptReportsUsed, 0);
  console.log(
    `  opened again on the same posting: median ${ms(again.medianMs)}, p95 ${ms(again.p95Ms)} (kept report shown in ${kept} of ${again.runs})`,
  );
  const asleep = summarize(runs.flatMap((r) => r.backgroundAsleep.scoreShown.samplesMs));
  console.log(`  with the service worker stopped before each opening: median ${ms(asleep.medianMs)}, p95 ${ms(asleep.p95Ms)}`);
  console.log(`  worker cold start: median ${ms(cold.medianMs)}, p95 ${ms(cold.p95Ms)}`);
  console.log(`  steps (median of the rounds' medians): ${steps.join(', ')}`);
  const againSteps = Object.keys(runs[0]!.reopened.steps).map(
    (step) => `${step} ${ms(summarize(runs.map((r) => r.reopened.steps[step as keyof PopupResult['steps']])).medianMs)}`,
  );
  console.log(`  steps, opened again: ${againSteps.join(', ')}`);
}
console.log(
  `load average at end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
