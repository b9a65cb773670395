// Entry point of the peerlens CLI (bundled to dist/cli.mjs by scripts/build-cli.mjs).
import { analyze, rewrite } from '../core/index.js';
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
}, { analyze, rewrite, isolate: true });
