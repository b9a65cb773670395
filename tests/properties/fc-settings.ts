// fast-check runs with a fixed seed so a failure reproduces; the failure message prints the
// seed and the path of the shrunk counterexample. PEERLENS_FC_SEED picks another seed and
// PEERLENS_FC_RUNS multiplies every numRuns (e.g. 10 for a long local hunt).
import type { Parameters } from 'fast-check';

export const FC_SEED = Number(process.env.PEERLENS_FC_SEED ?? 20_250_505);
const RUNS_SCALE = Number(process.env.PEERLENS_FC_RUNS ?? 1);

export function runs(numRuns: number): Parameters<unknown> {
  return { seed: FC_SEED, numRuns: Math.max(1, Math.round(numRuns * RUNS_SCALE)) };
}
