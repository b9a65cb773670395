// dist/analyzer.mjs, analyze() as the CLI build bundles it for callers in their own process (the
// bench measures it), gives the same reports as the TypeScript source: over the written corpus,
// the examples and, when it is beside the repository, the real-world development set.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';
import type { AnalyzeInput, Report } from '../../src/core/types.js';
import { ROOT } from './cli-harness.js';

const BUNDLE_DIR = 'dist/built-analyzer-test';
let built: { analyze: (input: AnalyzeInput) => Report };

beforeAll(async () => {
  await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs', `--outdir=${BUNDLE_DIR}`], { cwd: ROOT });
  built = await import(pathToFileURL(join(ROOT, BUNDLE_DIR, 'analyzer.mjs')).href);
}, 90_000);

afterAll(async () => {
  await rm(join(ROOT, BUNDLE_DIR), { recursive: true, force: true });
});

const textsIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
    : [];

describe('dist/analyzer.mjs', () => {
  it('gives the reports the source gives', () => {
    const texts = [
      ...textsIn(join(ROOT, 'tests/corpus/docs')),
      ...textsIn(join(ROOT, 'examples')),
      ...textsIn(join(ROOT, '../shared/corpus-realworld/docs')),
    ];
    expect(texts.length).toBeGreaterThan(80);
    let findings = 0;
    for (const text of texts) {
      const report = built.analyze(text);
      findings += report.findings.length;
      expect(report).toEqual(analyze(text));
    }
    expect(findings).toBeGreaterThan(0);
  });
});
