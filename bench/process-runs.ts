// Whole-process runs: `peerlens analyze --format json FILE` (bin/peerlens.mjs, which runs the
// built dist/cli.mjs) and alex (bench/alex-process.mjs) on the same file, alternated so both see the same machine load.
// Wall time is measured around the child; peak memory is the child's maximum resident set size
// as GNU time reports it (/usr/bin/time -f %M).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarize, type Timing } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GNU_TIME = '/usr/bin/time';
export const CLI_BUNDLE = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

export interface ProcessResult {
  timing: Timing;
  /** Highest max-RSS over the runs, bytes; NaN without GNU time. */
  peakRss: number;
}

export interface ProcessPair {
  name: string;
  ours: ProcessResult;
  alex: ProcessResult;
}

function once(args: string[]): { ms: number; rss: number } {
  const timed = existsSync(GNU_TIME);
  const command = timed ? GNU_TIME : process.execPath;
  const argv = timed ? ['-f', '%M', process.execPath, ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-400)}`);
  const rss = timed ? Number(/(\d+)\s*$/.exec(r.stderr)?.[1] ?? NaN) * 1024 : NaN;
  return { ms, rss };
}

/** `runs` alternating runs of each tool on `file`, after one untimed run of each (disk cache). */
export function processPair(name: string, file: string, runs: number): ProcessPair {
  const ours = ['bin/peerlens.mjs', 'analyze', '--format', 'json', file];
  const alex = ['bench/alex-process.mjs', file];
  once(ours);
  once(alex);
  const a: { ms: number; rss: number }[] = [];
  const b: { ms: number; rss: number }[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(once(ours));
    b.push(once(alex));
  }
  const result = (xs: { ms: number; rss: number }[]): ProcessResult => ({
    timing: summarize(xs.map((x) => x.ms)),
    peakRss: Math.max(...xs.map((x) => x.rss)),
  });
  return { name, ours: result(a), alex: result(b) };
}
