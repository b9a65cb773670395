// The audit on worker threads gives the same reports as in-process, both from the esbuild
// bundle (dist/cli.mjs + dist/audit-worker.mjs, built here) and from the TypeScript source
// (workers loaded through tsx, as the bench runs it).
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/run-audit.js';
import { analyze } from '../../src/core/index.js';
import { auditToJson } from '../../src/report/audit-json.js';
import { auditJsonSchema, type AuditJson } from '../../src/report/audit-schema.js';
import { ROOT, runCli, spawnCli } from '../cli/cli-harness.js';
import { makeFixtureTree, type FixtureTree } from './fixture-tree.js';

let tree: FixtureTree;
let inProcess: AuditJson;

beforeAll(async () => {
  tree = await makeFixtureTree();
  await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
  const { stdout } = await runCli(['audit', tree.agency, '--format', 'json', '--jobs', '1']);
  inProcess = auditJsonSchema.parse(JSON.parse(stdout));
}, 60_000);

afterAll(async () => {
  await rm(tree.root, { recursive: true, force: true });
});

const withoutTime = ({ summary: { generatedAt: _, ...summary }, ...rest }: AuditJson) => ({ ...rest, summary });

describe('peerlens audit --jobs 2', () => {
  it('from the bundle: two worker threads, the same reports as in-process', async () => {
    const { code, stdout, stderr } = await spawnCli(`${ROOT}dist/cli.mjs`, ['audit', tree.agency, '--format', 'json', '--jobs', '2']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/\(2 worker threads\)/);
    expect(withoutTime(auditJsonSchema.parse(JSON.parse(stdout)))).toEqual(withoutTime(inProcess));
  });

  it('from the TypeScript source: the same reports', async () => {
    const outcome = await runAudit([tree.agency], { jobs: 2, analyzeOptions: {}, analyze, timeless: true });
    expect(outcome.jobs).toBe(2);
    expect(withoutTime(auditToJson(outcome.run))).toEqual(withoutTime(inProcess));
  });
});
