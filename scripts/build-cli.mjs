// Bundles the CLI (src/cli/main.ts) into dist/cli.mjs, which bin/peerlens.mjs runs, and the
// audit's worker thread (src/audit/audit-worker.ts) into dist/audit-worker.mjs next to it,
// where src/audit/worker-entry.ts looks for it. Each bundle stands alone (no shared chunks).
// Our own code and the lexicon JSON are bundled; npm dependencies stay external (they are
// installed next to the package), which keeps the bundle small and the build fast.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// --outdir=<dir> (inside the project, so the bundle still finds node_modules): tests build a
// bundle of their own there instead of rewriting dist/ under other tests' feet.
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

let result;
try {
  result = await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/main.ts', 'audit-worker': 'src/audit/audit-worker.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
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
console.log(`built ${outdir}/cli.mjs and ${outdir}/audit-worker.mjs (${Math.round(bytes / 1024)} KB with their source maps)`);
