// The README's test command: dependencies, then `npm run check` (types, lint and format, the
// layer rules, then the unit/golden/lexicon tests with vitest), Chromium and Firefox ESR, the build
// and the store archives, the browser tests (Playwright: Chromium, Firefox, and the checks on the
// archives), then one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}
function must(status, what) {
  if (status !== 0) {
    console.error(`${what} failed (exit ${status}).`);
    process.exit(status || 1);
  }
}

must(run('node', ['scripts/ensure-deps.mjs']), 'Installing npm packages');
// `npm run check` in two parts: the static checks stop the run here; the vitest run below is its
// unit-test part, with a JSON summary for the totals.
must(run('npm', ['run', 'check:static']), 'npm run check (types, lint and format, layers)');
must(run('node', ['scripts/setup-browsers.mjs']), 'Setting up the browsers');
must(run('npm', ['run', 'build']), 'The build');
must(run('npm', ['run', 'zip']), 'The store archives');

// Playwright empties test-results/ when it starts, so the summaries live apart.
const vitestJson = '.test-reports/vitest.json';
const pwJson = '.test-reports/playwright.json';
rmSync('.test-reports', { recursive: true, force: true });
const unit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const e2e = existsSync('playwright.config.ts')
  ? run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson })
  : 0;

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests + (v.numRuntimeErrors ?? 0);
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} else if (unit !== 0) failed += 1;
/** Why Playwright tests were skipped: each reason once, with how many tests it skipped. */
function skipReasons(report) {
  const reasons = new Map();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const annotations = [...(t.annotations ?? []), ...(t.results ?? []).flatMap((r) => r.annotations ?? [])];
        const reason = annotations.find((a) => a.type === 'skip')?.description || 'no reason given';
        const key = `[${t.projectName}] ${reason}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return reasons;
}

let skipNotes = [];
if (existsSync(pwJson)) {
  const p = JSON.parse(readFileSync(pwJson, 'utf8'));
  skipNotes = [...skipReasons(p)].map(([reason, n]) => `  ${n} skipped: ${reason}`);
  // A test that failed once and passed on its retry (CI only) counts as passed; the list shows it as flaky.
  passed += p.stats.expected + (p.stats.flaky ?? 0);
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
} else if (e2e !== 0) failed += 1;
if ((unit !== 0 || e2e !== 0) && failed === 0) failed = 1;
if (skipNotes.length) console.log(`\nSkipped browser tests, and why:\n${skipNotes.join('\n')}`);
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(unit !== 0 || e2e !== 0 ? 1 : 0);
