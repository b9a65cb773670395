// Bundles the CLI (src/cli/main.ts) into dist/cli.mjs, which bin/peerlens.mjs runs, and the
// audit's worker thread (src/audit/audit-worker.ts) into dist/audit-worker.mjs next to it,
// where src/audit/worker-entry.ts looks for it, and compromise with its ready word model into
// dist/parts-of-speech.mjs. First it compiles the bundled lexicons into their ready form and
// builds that compromise (scripts/compile-lexicons.ts), which the bundles carry.
// What a command loads lazily (the audit, the HTML readers) goes into chunks of its own under
// dist/chunks/, loaded only when used. zod, commander and picocolors, which every run needs, are
// bundled (one file loads faster than their many); the other npm dependencies stay external and
// are loaded only by the inputs that need them.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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

let result;
try {
  result = await build({
    absWorkingDir: root,
    entryPoints: {
      cli: 'src/cli/main.ts',
      'audit-worker': 'src/audit/audit-worker.ts',
      // compromise with its ready word model, required by src/input/parts-of-speech-loader.ts when a guard needs it
      'parts-of-speech': 'src/core/nlp/parts-of-speech-ready.generated.js',
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    splitting: true,
    // The bundled CommonJS packages (commander) require Node built-ins.
    banner: { js: "import { createRequire as __peerlensRequire } from 'node:module'; const require = __peerlensRequire(import.meta.url);" },
    minify: true,
    chunkNames: 'chunks/[name]-[hash]',
    loader: { '.json': 'json' },
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
} catch {
  process.exit(1); // esbuild has already printed the errors
}

const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(
  `built ${outdir}/cli.mjs, ${outdir}/audit-worker.mjs and ${outdir}/parts-of-speech.mjs with their chunks (${Math.round(bytes / 1024)} KB with their source maps)`,
);
