// The audit with worker threads gives the same reports as in-process, both from the esbuild
// bundle (cli.mjs + audit-worker.cjs with its code, built here into dist/audit-test/) and from the TypeScript source
// (workers loaded through tsx, as the bench runs it), over the fixture folder and 150
// generated documents.
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBenchCorpus } from '../../bench/audit-corpus.js';
import { CLI_V8_FLAGS } from '../../bin/v8-flags.mjs';
import { runAudit } from '../../src/audit/run-audit.js';
import type { WorkerMessage } from '../../src/audit/worker-protocol.js';
import { analyze } from '../../src/core/index.js';
import { auditToJson } from '../../src/report/audit-json.js';
import { reportToJson } from '../../src/report/format-json.js';
import { auditJsonSchema, type AuditJson } from '../../src/report/audit-schema.js';
import { ROOT, spawnCli } from '../cli/cli-harness.js';
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
  // On the main thread alone: what the isolated runs below are compared with.
  const outcome = await runAudit(inputs, { jobs: 1, analyzeOptions: {}, analyze, timeless: true, isolate: false });
  expect(outcome.workers).toBe(0);
  inProcess = auditJsonSchema.parse(auditToJson(outcome.run));
}, 90_000);

afterAll(async () => {
  await rm(tree.root, { recursive: true, force: true });
});

const withoutTime = ({ summary: { generatedAt: _, ...summary }, ...rest }: AuditJson) => ({ ...rest, summary });

/** Where two reports first differ ("documents.41.report.findings.3.end: 212 vs 215"), or null:
 * a deep-equality failure on a whole audit prints no readable diff. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${path || '(root)'}: ${JSON.stringify(a)?.slice(0, 300)} vs ${JSON.stringify(b)?.slice(0, 300)}`;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    if (d) return d;
  }
  return null;
}

describe('peerlens audit --jobs 2', () => {
  it('from the bundle: the same reports as in-process', async () => {
    const { code, stdout, stderr } = await spawnCli(`${ROOT}${BUNDLE_DIR}/cli.mjs`, [
      'audit',
      ...inputs,
      '--format',
      'json',
      '--jobs',
      '2',
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/\(on 2 worker threads\)/);
    expect(stderr).not.toContain('could not start worker threads');
    const bundled = withoutTime(auditJsonSchema.parse(JSON.parse(stdout)));
    expect(firstDifference(bundled, withoutTime(inProcess))).toBeNull();
    expect(bundled).toEqual(withoutTime(inProcess));
  });

  it('the bundled worker, beside the bundled CLI, audits what it is sent', async () => {
    const spec = join(tree.agency, 'postings/recovery-coach.docx');
    const worker = new Worker(new URL(`${BUNDLE_DIR}/audit-worker.cjs`, pathToFileURL(ROOT)), { stdout: true });
    worker.stdout.resume();
    const answer = await new Promise<WorkerMessage>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') worker.postMessage({ id: 7, spec, options: {} });
        else resolve(message);
      });
    });
    await worker.terminate();
    // the worker reads by path; the run names the document by its path inside the folder
    const expected = inProcess.documents.find((d) => d.source.endsWith('postings/recovery-coach.docx'));
    expect(answer.type === 'done' && answer.id).toBe(7);
    const report = answer.type === 'done' && answer.document.kind === 'report' ? reportToJson(answer.document.report) : undefined;
    expect(report && { ...report, source: expected?.source }).toEqual(expected);
  });

  it('the bundled worker gives the same report with its code cache as without it', async () => {
    // The build made the cache under the CLI's V8 flags: V8 uses it under those flags only.
    expect(statSync(join(ROOT, BUNDLE_DIR, 'audit-worker-code.cache')).size).toBeGreaterThan(0);
    const file = join(tree.agency, 'postings/recovery-coach.docx');
    const args = [`${BUNDLE_DIR}/cli.mjs`, 'analyze', '--format', 'json', file];
    const [cached, compiled] = await Promise.all([
      promisify(execFile)(process.execPath, [...CLI_V8_FLAGS, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }),
      promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }),
    ]);
    expect(JSON.parse(cached.stdout).findings.length).toBeGreaterThan(0);
    expect(cached.stdout).toBe(compiled.stdout);
  });

  it('from the TypeScript source: workers loaded through tsx give the same reports', async () => {
    const outcome = await runAudit(inputs, { jobs: 3, analyzeOptions: {}, analyze, timeless: true });
    expect([outcome.workers, outcome.onWorkers, outcome.onMainThread]).toEqual([3, inProcess.summary.documents, 0]);
    expect(withoutTime(auditToJson(outcome.run))).toEqual(withoutTime(inProcess));
  });

  it('not isolated, with --jobs left to its default, starts workers only when the work left is worth it', async () => {
    const small = { jobs: 'auto' as const, analyzeOptions: {}, analyze, timeless: true, isolate: false };
    const never = await runAudit([tree.agency], { ...small, workersWorthMs: Number.POSITIVE_INFINITY });
    expect([never.workers, never.onMainThread]).toEqual([0, tree.expected.documents]);
    const soon = await runAudit(inputs, { ...small, workersWorthMs: 0 });
    expect(soon.workers).toBe(availableParallelism() - 1); // the main thread is the other one
    expect(soon.onMainThread).toBeGreaterThan(0);
    expect(withoutTime(auditToJson(soon.run))).toEqual(withoutTime(inProcess));
  });

  it('replaces a worker that stalls past the time limit; the document it was on becomes an error row', async () => {
    const slow = ['postings/peer-specialist.pdf', 'postings/recovery-coach.docx', 'broken/locked.pdf'].map((p) => join(tree.agency, p));
    const outcome = await runAudit(slow, {
      jobs: 3,
      analyzeOptions: {},
      analyze,
      timeless: true,
      taskTimeoutMs: 1,
      mainThreadWorks: false,
    });
    expect(outcome.run.documents.map((d) => (d.kind === 'error' ? d.code : d.kind))).toEqual(['timeout', 'timeout', 'timeout']);
  });
});
