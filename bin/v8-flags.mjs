// The V8 flags of a run of the CLI, set by bin/peerlens.mjs before anything else loads (the worker
// threads it starts take them too). The build (scripts/build-cli.mjs) makes the worker's code
// cache under the same flags: V8 uses a cache only under the flags it was made with.
//
// A run of the CLI is short, and V8's optimizing compiler, at its default budget, spends more CPU
// compiling (and compiling again) functions that run for a few milliseconds than it saves them.
// Eight times that budget leaves briefly used code to the baseline compiler and still optimizes
// what runs long: whole-process CPU on one posting, 40 postings and 110,000 words fell by 5-25%
// (`npm run bench`), and 5 MB of text took the same.
export const CLI_V8_FLAGS = ['--interrupt-budget=540672'];
