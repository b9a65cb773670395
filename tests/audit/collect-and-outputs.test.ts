// Walking folders (links, duplicates, the report's own folder) and deciding where reports go.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planOutputs } from '../../src/audit/audit-outputs.js';
import { collectTargets } from '../../src/audit/collect-targets.js';
import { runCli } from '../cli/cli-harness.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'peerlens-collect-'));
  await mkdir(join(root, 'docs/b'), { recursive: true });
  await writeFile(join(root, 'docs/a.txt'), 'Peer specialist. No addicts.\n');
  await writeFile(join(root, 'docs/b/c.MD'), '# Recovery coach\n');
  await writeFile(join(root, 'docs/b/~$c.docx'), 'lock');
  await writeFile(join(root, 'docs/b/data.json'), '{}');
  await symlink(join(root, 'docs/a.txt'), join(root, 'docs/b/a-again.txt'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('collectTargets', () => {
  it('walks in name order, matches extensions in any case, reads a linked file once', async () => {
    const { targets, skippedFiles } = await collectTargets([join(root, 'docs'), join(root, 'docs/a.txt')]);
    expect(targets.map((t) => t.spec)).toEqual([join(root, 'docs/a.txt'), join(root, 'docs/b/c.MD')]);
    expect(skippedFiles).toBe(1); // data.json; the Office lock file is not counted
  });

  it('passes URLs and missing paths through (a missing path becomes an error row)', async () => {
    const { targets } = await collectTargets(['https://example.org/job.pdf', join(root, 'nope.txt')]);
    expect(targets.map((t) => t.spec)).toEqual(['https://example.org/job.pdf', join(root, 'nope.txt')]);
  });

  it('never reads the report folder, even inside an audited folder', async () => {
    const out = join(root, 'docs/report');
    const first = await runCli(['audit', join(root, 'docs'), '--out', out, '--jobs', '1']);
    const second = await runCli(['audit', join(root, 'docs'), '--out', out, '--jobs', '1']);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.stderr).toMatch(/audited 2 documents/);
  });
});

describe('planOutputs', () => {
  it('reads the format from a file name, and writes every format into a folder', async () => {
    expect(await planOutputs(join(root, 'r.HTML'), undefined)).toEqual({
      ok: true,
      outputs: [{ format: 'html', path: join(root, 'r.HTML') }],
    });
    const folder = await planOutputs(join(root, 'new-folder'), undefined);
    expect(folder.ok && folder.outputs.map((o) => o.path)).toEqual(
      ['html', 'md', 'json', 'csv'].map((f) => join(root, 'new-folder', `peerlens-audit.${f}`)),
    );
    const one = await planOutputs(join(root, 'docs'), 'csv');
    expect(one.ok && one.outputs).toEqual([{ format: 'csv', path: join(root, 'docs', 'peerlens-audit.csv') }]);
  });

  it('defaults to Markdown on stdout and refuses what it cannot do', async () => {
    expect(await planOutputs(undefined, undefined)).toEqual({ ok: true, outputs: [{ format: 'md', path: null }] });
    expect((await planOutputs(join(root, 'r.txt'), undefined)).ok).toBe(false);
    expect((await planOutputs(join(root, 'r.json'), 'all')).ok).toBe(false);
  });
});
