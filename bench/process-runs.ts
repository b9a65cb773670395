// Whole-process runs: `peerlens analyze --format json FILE` (bin/peerlens.mjs, which runs the
// built dist/cli.mjs) and alex (bench/alex-process.mjs) on the same file, alternated so both see the same machine load.
// Wall time is measured around the child; its CPU time (user + system, all its threads) and
// peak memory (maximum resident set size) are what GNU time reports (/usr/bin/time -f "%U %S %M").
// On a machine shared with other work, wall time counts the waits for a core; CPU time does not,
// and it also counts the work PeerLens's worker thread does beside its main thread.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarize, type Timing } from './measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GNU_TIME = '/usr/bin/time';
export const CLI_BUNDLE = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

export interface ProcessResult {
  timing: Timing;
  /** CPU time (user + system) per run; samples are empty without GNU time. */
  cpu: Timing;
  /** Highest max-RSS over the runs, bytes; NaN without GNU time. */
  peakRss: number;
}

export interface ProcessPair {
  name: string;
  ours: ProcessResult;
  alex: ProcessResult;
}

interface Run {
  ms: number;
  cpuMs: number;
  rss: number;
}

function once(args: string[]): Run {
  const timed = existsSync(GNU_TIME);
  const command = timed ? GNU_TIME : process.execPath;
  const argv = timed ? ['-f', '%U %S %M', process.execPath, ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-400)}`);
  const m = timed ? /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr) : null;
  const cpuMs = m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN;
  const rss = m ? Number(m[3]) * 1024 : NaN;
  return { ms, cpuMs, rss };
}

/** `runs` alternating runs of each tool on `file`, after one untimed run of each (disk cache). */
export function processPair(name: string, file: string, runs: number): ProcessPair {
  const ours = ['bin/peerlens.mjs', 'analyze', '--format', 'json', file];
  const alex = ['bench/alex-process.mjs', file];
  once(ours);
  once(alex);
  const a: Run[] = [];
  const b: Run[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(once(ours));
    b.push(once(alex));
  }
  const result = (xs: Run[]): ProcessResult => ({
    timing: summarize(xs.map((x) => x.ms)),
    cpu: summarize(xs.map((x) => x.cpuMs).filter((x) => !Number.isNaN(x))),
    peakRss: Math.max(...xs.map((x) => x.rss)),
  });
  return { name, ours: result(a), alex: result(b) };
}
