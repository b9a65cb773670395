import { describe, expect, it } from 'vitest';
import { newSliceStats, runSliced, runSync, type Steps } from '../../src/extension/page-reading/slicing.js';

/** Busy work of `ms` per step, `steps` times, then the number of steps. */
function* busy(steps: number, ms: number): Steps<number> {
  for (let i = 0; i < steps; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // spin
    }
    yield;
  }
  return steps;
}

describe('runSliced', () => {
  it('gives the event loop back between slices, so timers fire while it works', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const stats = newSliceStats();
    const result = await runSliced(busy(40, 2), stats);
    clearInterval(timer);
    expect(result).toBe(40);
    expect(ticks, 'timer callbacks during the sliced work').toBeGreaterThan(0);
    // Each step spins at least 2 ms, so a slice (cut at the first pause point past 8 ms) holds at
    // most 5 of the 40 steps whatever the machine's load: at least 8 slices. How long slices
    // take on a real page is measured in `npm run bench`, not here.
    expect(stats.slices).toBeGreaterThanOrEqual(8);
  });

  it('gives the same result as running to the end at once', async () => {
    function* words(): Steps<string> {
      let out = '';
      for (const w of ['a', 'b', 'c']) {
        out += w;
        yield;
      }
      return out;
    }
    expect(await runSliced(words())).toBe(runSync(words()));
  });
});
