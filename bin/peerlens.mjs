#!/usr/bin/env node
// The `peerlens` command: runs the bundled CLI (dist/cli.mjs, made by `npm run build:cli`).
// In a checkout without the bundle it runs the TypeScript source through tsx when tsx is
// installed, and otherwise says how to build it.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { CLI_V8_FLAGS } from './v8-flags.mjs';

for (const flag of CLI_V8_FLAGS) setFlagsFromString(flag);

const bundle = new URL('../dist/cli.mjs', import.meta.url);
const source = new URL('../src/cli/main.ts', import.meta.url);

if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('peerlens: the CLI is not built; run `npm run build:cli` first\n');
    process.exit(2);
  }
  if (!existsSync(source)) {
    process.stderr.write('peerlens: the CLI is not built; run `npm run build:cli` first\n');
    process.exit(2);
  }
  register();
  // The bundle carries the compiled lexicons and compromise's ready model; from source, build them first (as the build does).
  const { writeReadyLexicons } = await import(new URL('../scripts/compile-lexicons.ts', import.meta.url).href);
  const { writeReadyPartsOfSpeech } = await import(new URL('../scripts/build-parts-of-speech.ts', import.meta.url).href);
  writeReadyLexicons();
  await writeReadyPartsOfSpeech();
  await import(source.href);
}
