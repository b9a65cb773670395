// The README's test command: dependencies, Chromium, the build, the unit/golden/lexicon tests
// (vitest) and the browser tests (Playwright), then one closing line with the totals.
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
must(run('node', ['scripts/setup-chromium.mjs']), 'Setting up Chromium');
must(run('npm', ['run', 'build']), 'The build');

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
if (existsSync(pwJson)) {
  const p = JSON.parse(readFileSync(pwJson, 'utf8'));
  // A test that failed once and passed on its retry (CI only) counts as passed; the list shows it as flaky.
  passed += p.stats.expected + (p.stats.flaky ?? 0);
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
} else if (e2e !== 0) failed += 1;
if ((unit !== 0 || e2e !== 0) && failed === 0) failed = 1;
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(unit !== 0 || e2e !== 0 ? 1 : 0);
