// The layers, checked by `npm run check:layers` (and so by `npm run check`):
//   src/core  <-  src/input, src/report  <-  src/cli, src/audit, src/extension  <-  entrypoints
// A module imports from its own layer or the layers to its left, never from one to its right.
// tests/layers/layer-rules.test.ts feeds these rules upward imports and expects each refused.

/** How dependency-cruiser tells an imported package (as against a file of ours or a Node built-in). */
const PACKAGE = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-only-core',
      comment: 'src/core is the pure engine: it imports other core modules and the lexicon files, nothing else of ours.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', '^lexicons/'], dependencyTypesNot: ['core', ...PACKAGE] },
    },
    {
      name: 'core-imports-no-platform-module',
      comment:
        'src/core runs unchanged in the browser, the extension and Node: no Node built-in and no package but zod and compromise ' +
        '(its tests may use vitest). The DOM and Node globals are kept out by tsconfig.core.json.',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core', ...PACKAGE], pathNot: 'node_modules/(zod|compromise)/' },
    },
    {
      name: 'input-report-import-no-shell',
      comment: 'Readers and report builders serve the CLI, the audit and the extension; they import none of them.',
      severity: 'error',
      from: { path: '^src/(input|report)/' },
      to: { path: '^src/(cli|audit|extension)/' },
    },
    {
      name: 'nothing-imports-entrypoints',
      comment: 'entrypoints/ is the top layer: code under src/ imports nothing from it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'extension-imports-no-node-shell',
      comment: 'The extension runs in the browser: it imports neither the CLI nor the audit, which run in Node.',
      severity: 'error',
      from: { path: '^(src/extension|entrypoints)/' },
      to: { path: '^src/(cli|audit)/' },
    },
    {
      name: 'node-shells-import-no-extension',
      comment: 'The CLI and the audit do not reach into the extension; what they share with it lives in core, input or report.',
      severity: 'error',
      from: { path: '^src/(cli|audit)/' },
      to: { path: '^(src/extension|entrypoints)/' },
    },
    {
      name: 'extension-imports-no-node-builtin',
      comment: 'Code shipped in the extension cannot load Node built-ins.',
      severity: 'error',
      from: { path: '^(src/extension|entrypoints)/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'product-imports-no-dev-folder',
      comment: 'The product does not import tests, bench, the evaluation harness or build scripts.',
      severity: 'error',
      from: { path: '^(src|entrypoints)/' },
      to: { path: '^(tests|bench|eval|scripts)/' },
    },
    {
      name: 'no-cycle',
      comment: 'Modules that import each other (directly or around a loop) cannot be read, tested or moved one at a time.',
      severity: 'error',
      from: { path: '^(src|entrypoints)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
