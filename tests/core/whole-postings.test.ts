// Whole postings and agency pages, each judged as a user meets it: its kind, the peer role's
// category and the lived-experience status, with findings that must and must not appear. The
// texts are in tests/fixtures/whole-postings (written for the tests; see the README there).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadPartsOfSpeech } from '../../src/core/index.js';

beforeAll(loadPartsOfSpeech);

const folder = join(import.meta.dirname, '../fixtures/whole-postings');

interface Fixture {
  name: string;
  text: string;
  expect: Record<string, string>;
  flags: string[];
  silent: string[];
}

function readFixture(name: string): Fixture {
  const lines = readFileSync(join(folder, name), 'utf8').split('\n');
  const header = (key: string) =>
    lines
      .find((l) => l.startsWith(`#${key} `))
      ?.slice(key.length + 2)
      .trim() ?? '';
  const list = (key: string) => header(key).split(',').filter(Boolean);
  const expected = Object.fromEntries(
    header('expect')
      .split(/\s+/)
      .map((kv) => kv.split('=') as [string, string]),
  );
  return {
    name,
    text: lines.filter((l) => !l.startsWith('#')).join('\n'),
    expect: expected,
    flags: list('flags'),
    silent: list('silent'),
  };
}

const fixtures = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .map(readFixture);

describe('whole postings and pages are judged as a reader would', () => {
  it('has fixtures, each with an expectation', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
    for (const f of fixtures) expect(f.expect.kind, f.name).toBeTruthy();
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const report = analyze(f.text);
    const got: Record<string, string> = {
      kind: report.document.kind,
      cat: String(report.role.category),
      le: report.livedExperience.status,
    };
    const wanted = Object.fromEntries(Object.keys(f.expect).map((k) => [k, got[k]]));
    expect(wanted).toEqual(f.expect);
    const rules = new Set(report.findings.map((x) => x.ruleId));
    for (const r of f.flags) expect(rules, `${r} reported`).toContain(r);
    for (const r of f.silent) expect(rules.has(r), `${r} not reported`).toBe(false);
  });
});
