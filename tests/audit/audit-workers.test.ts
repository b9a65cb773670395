// The audit with worker threads gives the same reports as in-process, both from the esbuild
// bundle (cli.mjs + audit-worker.mjs, built here into dist/audit-test/) and from the TypeScript source
// (workers loaded through tsx, as the bench runs it). 150 generated documents besides the
// fixture folder, so that the workers, not only the main thread while they start, do work.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBenchCorpus } from '../../src/audit/bench-corpus.js';
import { runAudit } from '../../src/audit/run-audit.js';
import { analyze } from '../../src/core/index.js';
import { auditToJson } from '../../src/report/audit-json.js';
import { auditJsonSchema, type AuditJson } from '../../src/report/audit-schema.js';
import { ROOT, runCli, spawnCli } from '../cli/cli-harness.js';
import { makeFixtureTree, type FixtureTree } from './fixture-tree.js';

const BUNDLE_DIR = 'dist/audit-test';
let tree: FixtureTree;
let inputs: string[];
let inProcess: AuditJson;

beforeAll(async () => {
  tree = await makeFixtureTree();
  inputs = [tree.agency, join(tree.root, 'bulk')];
  await writeBenchCorpus(inputs[1]!, 150);
  await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs', `--outdir=${BUNDLE_DIR}`], { cwd: ROOT });
  const { stdout } = await runCli(['audit', ...inputs, '--format', 'json', '--jobs', '1']);
  inProcess = auditJsonSchema.parse(JSON.parse(stdout));
}, 90_000);

afterAll(async () => {
  await rm(tree.root, { recursive: true, force: true });
});

const withoutTime = ({ summary: { generatedAt: _, ...summary }, ...rest }: AuditJson) => ({ ...rest, summary });

describe('peerlens audit --jobs 2', () => {
  it('from the bundle: worker threads do the work, with the same reports as in-process', async () => {
    const { code, stdout, stderr } = await spawnCli(`${ROOT}${BUNDLE_DIR}/cli.mjs`, ['audit', ...inputs, '--format', 'json', '--jobs', '2']);
    expect(code).toBe(0);
    const onWorkers = Number(/\(2 worker threads: (\d+),/.exec(stderr)?.[1]);
    expect(onWorkers).toBeGreaterThan(0);
    expect(withoutTime(auditJsonSchema.parse(JSON.parse(stdout)))).toEqual(withoutTime(inProcess));
  });

  it('from the TypeScript source: the same reports', async () => {
    const outcome = await runAudit(inputs, { jobs: 2, analyzeOptions: {}, analyze, timeless: true });
    expect(outcome.workers).toBe(2);
    expect(outcome.onWorkers).toBeGreaterThan(0);
    expect(withoutTime(auditToJson(outcome.run))).toEqual(withoutTime(inProcess));
  });

  it('replaces a worker that overruns the time limit; the document becomes an error row', async () => {
    const slow = ['postings/peer-specialist.pdf', 'postings/recovery-coach.docx', 'broken/locked.pdf'].map((p) => join(tree.agency, p));
    const outcome = await runAudit(slow, {
      jobs: 2, analyzeOptions: {}, analyze, timeless: true, taskTimeoutMs: 1, mainThreadWhileStarting: false,
    });
    expect(outcome.run.documents.map((d) => (d.kind === 'error' ? d.code : d.kind))).toEqual(['timeout', 'timeout', 'timeout']);
  });
});
