// Bundles the CLI (src/cli/main.ts) into dist/cli.mjs, which bin/peerlens.mjs runs (and beside it
// dist/analyzer.mjs, analyze() for callers in their own process, such as the bench), and the
// audit's worker thread next to it, where src/audit/worker-entry.ts looks for it: its entry
// dist/audit-worker.cjs (src/audit/worker-loader.ts, CommonJS: a worker started on an ES module
// also starts the ES module loader) runs its code (src/audit/audit-worker.ts,
// bundled whole as CommonJS into dist/audit-worker-code.cjs) with a V8 code cache made here
// (dist/audit-worker-code.cache: a worker that warmed up under the CLI's V8 flags, bin/v8-flags.mjs);
// and compromise with its ready word model into dist/parts-of-speech.cjs, with a code cache of its own
// (dist/parts-of-speech.cache, made by parsing the example posting's lines), which
// src/input/parts-of-speech-loader.ts runs when a guard needs it. First it compiles the bundled lexicons into their ready form and
// builds that compromise (scripts/compile-lexicons.ts), which the bundles carry.
// What a command loads lazily (the audit, the HTML readers) goes into chunks of its own under
// dist/chunks/, loaded only when used. zod, commander and picocolors, which every run needs, are
// bundled (one file loads faster than their many); the other npm dependencies stay external and
// are loaded only by the inputs that need them.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { CLI_V8_FLAGS } from '../bin/v8-flags.mjs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLED = new Set(['zod', 'commander', 'picocolors']);
const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(dependencies).filter((name) => !BUNDLED.has(name));

try {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/compile-lexicons.ts'], { cwd: root, stdio: 'inherit' });
} catch {
  process.exit(1); // the lexicon loader has already said which file and entry are wrong
}
// --outdir=<dir> (inside the project, so the bundle still finds node_modules): tests build a
// bundle of their own there instead of rewriting dist/ under other tests' feet.
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

// Chunk names carry a content hash: clear the old ones, or they pile up.
rmSync(join(root, outdir, 'chunks'), { recursive: true, force: true });

/** What every bundle shares: one Node 20 bundle, minified, its npm dependencies left out but the three above. */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external,
  minify: true,
  loader: { '.json': 'json' },
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

/** One bundle with the shared options; a failed build ends the script (esbuild has already printed the errors). */
async function bundle(options) {
  try {
    return await build({ ...common, ...options });
  } catch {
    process.exit(1);
  }
}

const result = await bundle({
  entryPoints: {
    cli: 'src/cli/main.ts',
    // analyze() for callers in this process (the bench), from the same chunks as the CLI's.
    analyzer: 'src/input/in-process-analyzer.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  splitting: true,
  // The bundled CommonJS packages (commander) require Node built-ins.
  banner: { js: "import { createRequire as __peerlensRequire } from 'node:module'; const require = __peerlensRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
});

// The worker's code as one CommonJS file, which the loader can run from a V8 code cache (an ES
// module cannot be). Its own lazy parts (the HTML, PDF and Word readers) are inside it and run
// only when used; import.meta.url is the file's own URL.
const worker = await bundle({
  entryPoints: ['src/audit/audit-worker.ts'],
  outfile: join(outdir, 'audit-worker-code.cjs'),
  format: 'cjs',
  define: { 'import.meta.url': '__peerlensModuleUrl' },
  // Code run from a V8 code cache loses its dynamic-import callback in Node 20: the npm packages
  // the readers load when first used (unpdf, mammoth, Node's http) are required instead.
  supported: { 'dynamic-import': false },
  banner: { js: "const __peerlensModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The worker's entry, which runs that code from its cache.
const workerEntry = await bundle({
  entryPoints: ['src/audit/worker-loader.ts'],
  outfile: join(outdir, 'audit-worker.cjs'),
  format: 'cjs',
  define: { 'import.meta.url': '__peerlensModuleUrl' },
  banner: { js: "const __peerlensModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// compromise with its ready word model as one CommonJS file, run from a code cache like the worker's code.
const partsOfSpeech = await bundle({
  entryPoints: ['src/core/nlp/parts-of-speech-ready.generated.js'],
  outfile: join(outdir, 'parts-of-speech.cjs'),
  format: 'cjs',
});
// Its code cache, under the CLI's V8 flags: compromise loaded with the wrapper
// src/input/cached-commonjs.ts gives it (V8 takes a cache only for the same source), then run
// on each line of the example posting as the guards run it (src/core/nlp/sentence-parse.ts).
const makePartsOfSpeechCache = `const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');
const [file, cacheFile, sample] = process.argv.slice(1);
const script = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'utf8') + '\\n})', { filename: file });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
for (const line of readFileSync(sample, 'utf8').split('\\n')) if (line.trim()) module.exports.default(line).docs;
writeFileSync(cacheFile, script.createCachedData());`;
try {
  execFileSync(
    process.execPath,
    [
      ...CLI_V8_FLAGS,
      '-e',
      makePartsOfSpeechCache,
      join(root, outdir, 'parts-of-speech.cjs'),
      join(root, outdir, 'parts-of-speech.cache'),
      join(root, 'examples/peer-support-specialist.txt'),
    ],
    { cwd: root, stdio: 'inherit' },
  );
} catch {
  console.error('compromise could not run to make its code cache');
  process.exit(1);
}
// The code cache: one worker started as the CLI starts it, which warms up, writes the cache and ends.
const makeCache = `const { Worker } = require('node:worker_threads');
const w = new Worker(process.argv[1], { workerData: { makeCodeCache: true } });
w.on('error', (e) => { console.error(e); process.exitCode = 1; });
w.on('exit', (code) => { if (code) process.exitCode = code; });`;
try {
  execFileSync(process.execPath, [...CLI_V8_FLAGS, '-e', makeCache, join(root, outdir, 'audit-worker.cjs')], {
    cwd: root,
    stdio: 'inherit',
  });
} catch {
  console.error('the audit worker could not warm up to make its code cache');
  process.exit(1);
}

const bytes = [result, worker, workerEntry, partsOfSpeech]
  .flatMap((r) => Object.values(r.metafile.outputs))
  .reduce((n, o) => n + o.bytes, 0);
console.log(
  `built ${outdir}/cli.mjs (and ${outdir}/analyzer.mjs for in-process callers), ${outdir}/audit-worker.cjs (with audit-worker-code.cjs and its code cache) and ${outdir}/parts-of-speech.cjs (with its code cache) with their chunks (${Math.round(bytes / 1024)} KB with their source maps)`,
);
