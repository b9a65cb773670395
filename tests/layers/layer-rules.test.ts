// The layer rules in .dependency-cruiser.cjs, fed small made-up trees: each upward or cross-runtime
// import must be refused by the rule named for it, and imports that go down the layers must pass.
// `npm run check:layers` runs the same rules over the real src/ and entrypoints/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

const root = resolve(import.meta.dirname, '../..');
const { forbidden } = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as { forbidden: IForbiddenRuleType[] };

// Inside the repository (git-ignored /tmp/) so that package imports resolve to node_modules.
mkdirSync(join(root, 'tmp'), { recursive: true });
const scratch = mkdtempSync(join(root, 'tmp', 'layer-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let trees = 0;

/** Writes the files (path -> source) into a fresh tree and returns "rule: from -> to" for each violation. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const base = join(scratch, String(trees++));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), source);
  }
  const starts = ['src', 'entrypoints'].filter((d) => Object.keys(files).some((p) => p.startsWith(`${d}/`)));
  const { output } = await cruise(
    starts,
    { baseDir: base, validate: true, ruleSet: { forbidden }, doNotFollow: { path: 'node_modules' }, tsPreCompilationDeps: true },
    { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  );
  const result = output as ICruiseResult;
  return (result.summary.violations ?? []).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

const leaf = 'export const x = 1;\n';

describe('the layer rules', () => {
  it('let imports go down the layers: entrypoints -> extension -> input -> core, and core -> zod', async () => {
    expect(
      await violations({
        'entrypoints/popup.ts': "import { x } from '../src/extension/a';\nexport const y = x;\n",
        'src/extension/a.ts': "import { x } from '../input/a';\nexport { x };\n",
        'src/input/a.ts': "import { x } from '../core/a';\nexport { x };\n",
        'src/core/a.ts': "import { z } from 'zod';\nexport const x = z.string();\n",
      }),
    ).toEqual([]);
  });

  it('refuse core importing a shell above it', async () => {
    expect(await violations({ 'src/core/a.ts': "import { x } from '../cli/run';\nexport { x };\n", 'src/cli/run.ts': leaf })).toEqual([
      'core-imports-only-core: src/core/a.ts -> src/cli/run.ts',
    ]);
  });

  it('refuse core importing a Node built-in or a browser-only package', async () => {
    const found = await violations({
      'src/core/a.ts':
        "import { readFileSync } from 'node:fs';\nimport { parseHTML } from 'linkedom';\nexport const x = [readFileSync, parseHTML];\n",
    });
    expect(found).toHaveLength(2);
    expect(found.every((v) => v.startsWith('core-imports-no-platform-module: src/core/a.ts -> '))).toBe(true);
    expect(found.some((v) => v.includes('linkedom'))).toBe(true);
  });

  it('refuse a reader or a report builder importing a shell', async () => {
    expect(
      await violations({
        'src/input/a.ts': "import { x } from '../extension/b';\nexport { x };\n",
        'src/report/a.ts': "import { x } from '../audit/b';\nexport { x };\n",
        'src/extension/b.ts': leaf,
        'src/audit/b.ts': leaf,
      }),
    ).toEqual([
      'input-report-import-no-shell: src/input/a.ts -> src/extension/b.ts',
      'input-report-import-no-shell: src/report/a.ts -> src/audit/b.ts',
    ]);
  });

  it('refuse src/ importing from entrypoints/', async () => {
    expect(
      await violations({
        'src/extension/messaging/tab-client.ts': "import { x } from '../../../entrypoints/content/style';\nexport { x };\n",
        'entrypoints/content/style.ts': leaf,
      }),
    ).toEqual(['nothing-imports-entrypoints: src/extension/messaging/tab-client.ts -> entrypoints/content/style.ts']);
  });

  it('refuse the extension and the Node shells importing each other, and Node built-ins in the extension', async () => {
    expect(
      await violations({
        'src/extension/a.ts':
          "import { x } from '../audit/b';\nimport { readFile } from 'node:fs/promises';\nexport const y = [x, readFile];\n",
        'src/cli/a.ts': "import { x } from '../extension/b';\nexport { x };\n",
        'src/audit/b.ts': leaf,
        'src/extension/b.ts': leaf,
      }),
    ).toEqual([
      'extension-imports-no-node-builtin: src/extension/a.ts -> fs/promises',
      'extension-imports-no-node-shell: src/extension/a.ts -> src/audit/b.ts',
      'node-shells-import-no-extension: src/cli/a.ts -> src/extension/b.ts',
    ]);
  });

  it('refuse the product importing tests, bench or the evaluation harness', async () => {
    const found = await violations({
      'src/audit/a.ts': "import { x } from '../../tests/fixtures/b';\nimport { y } from '../../bench/c';\nexport const z = [x, y];\n",
      'tests/fixtures/b.ts': leaf,
      'bench/c.ts': 'export const y = 2;\n',
    });
    expect(found).toEqual([
      'product-imports-no-dev-folder: src/audit/a.ts -> bench/c.ts',
      'product-imports-no-dev-folder: src/audit/a.ts -> tests/fixtures/b.ts',
    ]);
  });

  it('refuse two modules that import each other', async () => {
    const found = await violations({
      'src/core/lexicon/schema.ts':
        "import { problem } from '../rules/custom-terms';\nexport type Term = string;\nexport const p = problem;\n",
      'src/core/rules/custom-terms.ts': "import type { Term } from '../lexicon/schema';\nexport const problem = (t: Term) => t;\n",
    });
    // One report per loop, at the module where the cruise entered it.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-cycle: src\/core\/(lexicon\/schema|rules\/custom-terms)\.ts -> src\/core\//);
  });
});
