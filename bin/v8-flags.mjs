// The V8 flags of a run of the CLI, set by bin/peerlens.mjs before anything else loads (the worker
// threads it starts take them too). The build (scripts/build-cli.mjs) makes the worker's code
// cache under the same flags: V8 uses a cache only under the flags it was made with.
// Measured as whole-process CPU time (`npm run bench`, and alternating runs of the built CLI):
// - A run of the CLI is short, and V8's optimizing compiler, at its default budget, spends more
//   CPU compiling (and compiling again) functions that run for a few milliseconds than it saves
//   them. Sixteen times that budget leaves briefly used code to the baseline compiler and still
//   optimizes what runs long: one posting, 40 postings and 110,000 words took 5-25% less CPU than
//   at the default, 5 MB of text the same (eight times: 40 postings about 6% more CPU than sixteen,
//   the others the same; four times: 110,000 words about 4% more).
// - The heap starts at 128 MB instead of growing from a few, through full collections of the
//   analyzer's lexicons each time it grows: another 5-10% less CPU on the same inputs. Memory is
//   taken only as it is used (one posting's peak stays under 90 MB).
export const CLI_V8_FLAGS = ['--interrupt-budget=1081344', '--initial-heap-size=128'];
