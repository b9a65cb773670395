// Entry point of the peerlens CLI (bundled to dist/cli.mjs by scripts/build-cli.mjs). It imports
// only what every command needs: the analyzer over the build-time compiled lexicons, without
// zod's lexicon schemas; compromise, the HTML readers and the audit load when an input needs them.
import { analyze } from '../core/default-analyzer.js';
import { rewrite } from '../core/rewrite.js';
import { requirePartsOfSpeechWhenNeeded } from '../input/parts-of-speech-loader.js';
import { run } from './run.js';

requirePartsOfSpeechWhenNeeded();

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
}, { analyze, rewrite, isolate: true });
