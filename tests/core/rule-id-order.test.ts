// Findings at the same place are ordered by rule id exactly as localeCompare orders them; the
// comparison skips the collator only for ids where that gives the same order.
import { describe, expect, it } from 'vitest';
import { bundledLexicons } from '../../src/core/lexicon/bundled-lexicons.js';
import { loadLexicons } from '../../src/core/lexicon/load-lexicons.js';
import { compareRuleIds } from '../../src/core/rule-id-order.js';

/** Every `id` in the lexicons, at any depth. */
function idsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) idsIn(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.add(v);
      else idsIn(v, out);
    }
  return out;
}

describe('the order of rule ids', () => {
  it("is localeCompare's for every id in the lexicons, and for ids with digits, hyphens and prefixes", () => {
    const ids = [
      ...idsIn(loadLexicons(bundledLexicons)),
      'a',
      'a-b',
      'a0',
      'ab',
      'a-2',
      'a-10',
      'custom-peer',
      'custom-peer-2',
      'x9',
      'x-',
    ];
    expect(ids.length).toBeGreaterThan(200);
    const byCollator = [...ids].sort((a, b) => a.localeCompare(b));
    expect([...ids].sort(compareRuleIds)).toEqual(byCollator);
    for (const a of ids.slice(0, 60))
      for (const b of ids) expect(Math.sign(compareRuleIds(a, b)), `${a} vs ${b}`).toBe(Math.sign(a.localeCompare(b)));
  });

  it('falls back to localeCompare for other ids', () => {
    for (const [a, b] of [
      ['Custom-Peer', 'custom-peer'],
      ['custom-école', 'custom-ecole'],
      ['custom_a', 'custom-a'],
      ['B', 'a'],
    ] as const)
      expect(Math.sign(compareRuleIds(a, b))).toBe(Math.sign(a.localeCompare(b)));
  });
});
