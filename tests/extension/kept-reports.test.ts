// The popup's kept reports: opening it again on the same text with the same options shows the
// report kept from before without analyzing; any other text or option analyzes; only the last
// few are kept; storage that fails only means the analyzer runs. And a report survives being
// kept (a JSON round trip) whole, so the kept one is the same report the analyzer gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';
import type { AnalyzeInput, AnalyzeOptions, Report } from '../../src/core/types.js';

/** storage.session as the browser has it: values stored as JSON, read back as copies. */
const session = new Map<string, string>();
let storageFails = false;
const area = {
  get: async (key: string | null) => {
    if (storageFails) throw new Error('storage unavailable');
    const keys = key === null ? [...session.keys()] : [key];
    return Object.fromEntries(keys.filter((k) => session.has(k)).map((k) => [k, JSON.parse(session.get(k)!) as unknown]));
  },
  set: async (items: Record<string, unknown>) => {
    if (storageFails) throw new Error('storage unavailable');
    for (const [k, v] of Object.entries(items)) session.set(k, JSON.stringify(v));
  },
  remove: async (keys: string[]) => {
    for (const k of keys) session.delete(k);
  },
};
vi.mock('wxt/browser', () => ({
  browser: { storage: { session: area }, runtime: { getManifest: () => ({ version: '1.2.3' }) } },
}));
// performance.mark is there in Node; the popup's mark is counted here.
const marks = () => performance.getEntriesByName('peerlens:kept-report').length;

const { analyzeOrRecall } = await import('../../entrypoints/popup/kept-reports.js');

const folder = join(import.meta.dirname, '../fixtures/whole-postings');
const postings = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 40)
  .map((f) => readFileSync(join(folder, f), 'utf8'));

/** Lets the popup keep the report (it does so in a task of its own). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function counting() {
  const calls: AnalyzeInput[] = [];
  const run = async (input: AnalyzeInput, options: AnalyzeOptions): Promise<Report> => {
    calls.push(input);
    return analyze(input, options);
  };
  return { calls, run };
}

describe('kept reports', () => {
  beforeAll(() => loadPartsOfSpeech());
  beforeEach(() => {
    session.clear();
    storageFails = false;
    performance.clearMarks();
  });

  it('shows the kept report when the same text is checked again with the same options', async () => {
    const { calls, run } = counting();
    const text = postings[0]!;
    const first = await analyzeOrRecall(text, {}, run);
    await settle();
    const again = await analyzeOrRecall(text, {}, run);
    expect(calls).toHaveLength(1);
    expect(marks()).toBe(1);
    expect(again).toEqual(first);
  });

  it('analyzes again when the text or any option differs', async () => {
    const { calls, run } = counting();
    const text = postings[0]!;
    const first = await analyzeOrRecall(text, {}, run);
    await settle();
    const dismissed = first.findings[0] ? [{ ruleId: first.findings[0].ruleId, text: first.findings[0].text }] : [];
    const variants: [AnalyzeInput, AnalyzeOptions][] = [
      [`${text}\nOne more line.`, {}],
      [{ sections: [{ text }] }, {}],
      [text, { category: null }],
      [text, { category: 'youth' }],
      [text, { disabledRules: ['anything'] }],
      [text, { dismissed }],
    ];
    for (const [input, options] of variants) await analyzeOrRecall(input, options, run);
    expect(calls).toHaveLength(1 + variants.length);
    expect(marks()).toBe(0);
  });

  it('keeps only the last five', async () => {
    const { calls, run } = counting();
    for (const text of postings.slice(0, 6)) {
      await analyzeOrRecall(text, {}, run);
      await settle();
      await new Promise((resolve) => setTimeout(resolve, 2)); // each kept at a later time
    }
    expect([...session.keys()].filter((k) => k.startsWith('peerlens-report:'))).toHaveLength(5);
    await analyzeOrRecall(postings[5]!, {}, run); // kept
    await analyzeOrRecall(postings[0]!, {}, run); // dropped: analyzed again
    expect(calls).toHaveLength(7);
    expect(marks()).toBe(1);
  });

  it('analyzes when storage fails, and then keeps nothing', async () => {
    const { calls, run } = counting();
    storageFails = true;
    const report = await analyzeOrRecall(postings[1]!, {}, run);
    await settle();
    expect(report.text.length).toBeGreaterThan(0);
    expect(calls).toHaveLength(1);
    expect(session.size).toBe(0);
  });

  it('does not use a kept value of another shape', async () => {
    const { calls, run } = counting();
    await analyzeOrRecall(postings[2]!, {}, run);
    await settle();
    for (const key of session.keys())
      if (key.startsWith('peerlens-report:')) session.set(key, JSON.stringify({ at: 1, json: '{"score":"high"}' }));
    await analyzeOrRecall(postings[2]!, {}, run);
    expect(calls).toHaveLength(2);
  });

  it('gives back every report whole after keeping it (a JSON round trip)', () => {
    for (const text of postings) {
      const report = analyze(text);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    }
  });
});
