#!/usr/bin/env node
// The `peerlens` command: runs the bundled CLI (dist/cli.mjs, made by `npm run build:cli`).
// In a checkout without the bundle it runs the TypeScript source through tsx when tsx is
// installed, and otherwise says how to build it.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A run of the CLI is short, and V8's optimizing compiler, at its default budget, spends more CPU
// compiling (and compiling again) functions that run for a few milliseconds than it saves them.
// Eight times that budget leaves briefly used code to the baseline compiler and still optimizes
// what runs long: whole-process CPU on one posting, 40 postings and 110,000 words fell by 5-25%
// (`npm run bench`), and 5 MB of text took the same. Set before anything else loads; the worker
// threads the CLI starts take it too.
setFlagsFromString('--interrupt-budget=540672');

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
