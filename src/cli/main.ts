// Entry point of the peerlens CLI (bundled to dist/cli.mjs by scripts/build-cli.mjs). It imports
// only what every command needs: `analyze` and `rewrite` read and analyze on a worker thread,
// which loads the analyzer itself, so this thread loads it (the build-time compiled lexicons)
// only when it analyzes: for `audit`, or where no worker thread can start. compromise, the HTML
// readers and the audit load when an input needs them.
import type { rewrite as rewriteFn } from '../core/rewrite.js';
import type { Engine } from './cli-io.js';
import { requirePartsOfSpeechWhenNeeded } from '../input/parts-of-speech-loader.js';
import { run } from './run.js';

requirePartsOfSpeechWhenNeeded();

let core: { analyze: Engine['analyze']; rewrite: typeof rewriteFn } | undefined;
function loaded(): NonNullable<typeof core> {
  if (!core) throw new Error('the analyzer was used before it was loaded');
  return core;
}

process.exitCode = await run(
  process.argv.slice(2),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
  },
  {
    analyze: (input, options) => loaded().analyze(input, options),
    rewrite: (text, findings) => loaded().rewrite(text, findings),
    prepare: async () => {
      if (core) return;
      const [{ analyze }, { rewrite }] = await Promise.all([import('../core/default-analyzer.js'), import('../core/rewrite.js')]);
      core = { analyze, rewrite };
    },
    isolate: true,
  },
);
