// --settings and --allow: an organization's allowed phrases, terms and switched-off rules, made
// in the extension's options page and exported there, apply to analyze, rewrite and audit; a
// file that is not such an export is refused in plain words naming the field, with exit 2.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSettings } from '../../src/extension/settings/import-export.js';
import { settingsSchema } from '../../src/input/settings-schema.js';
import { runCli } from './cli-harness.js';

const POSTING = `Peer Support Specialist

Responsibilities
- Walk alongside the severely mentally ill and help clients reach their goals.
- Share your own recovery story when it helps.

Qualifications
- Lived experience of recovery from a mental health condition is required.

Pay: $22 an hour, full time. To apply, send a letter and a resume.
`;

let dir: string;
let posting: string;
let exported: string;

interface JsonFinding {
  ruleId: string;
  text: string;
}

function findings(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlens-org-'));
  posting = join(dir, 'posting.txt');
  writeFileSync(posting, POSTING);
  // Written by the same function as the options page's "Export".
  exported = join(dir, 'peerlens-settings.json');
  writeFileSync(
    exported,
    exportSettings(
      settingsSchema.parse({
        allowedPhrases: ['the severely mentally ill'],
        customTerms: [{ term: 'walk alongside', suggestion: 'support', severity: 'warning', note: 'Our house style.' }],
      }),
    ),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('peerlens analyze with the organization settings', () => {
  it('never flags an allowed phrase from the exported file, and flags its organization terms', async () => {
    const before = await runCli(['analyze', '--format', 'json', posting]);
    expect(findings(before.stdout).some((f) => /severely mentally ill/i.test(f.text))).toBe(true);
    const after = await runCli(['analyze', '--format', 'json', '--settings', exported, posting]);
    expect([after.code, after.stderr]).toEqual([0, '']);
    const found = findings(after.stdout);
    expect(found.some((f) => /severely mentally ill/i.test(f.text))).toBe(false);
    expect(found.some((f) => f.text.toLowerCase() === 'walk alongside')).toBe(true);
  });

  it('takes --allow phrases, repeatable, besides the file', async () => {
    const { code, stdout } = await runCli([
      'analyze',
      '--format',
      'json',
      '--allow',
      'clients',
      '--allow',
      'own recovery story',
      '--settings',
      exported,
      posting,
    ]);
    expect(code).toBe(0);
    const found = findings(stdout);
    for (const gone of ['clients', 'own recovery story', 'severely mentally ill']) {
      expect(
        found.some((f) => f.text.toLowerCase().includes(gone)),
        gone,
      ).toBe(false);
    }
  });

  it('applies the file to rewrite too: an allowed phrase is left as written', async () => {
    const plain = await runCli(['rewrite', posting]);
    expect(plain.stdout).not.toContain('severely mentally ill');
    const { code, stdout } = await runCli(['rewrite', '--settings', exported, posting]);
    expect(code).toBe(0);
    expect(stdout).toContain('severely mentally ill');
  });

  it('refuses a file that is not an export, in plain words naming the field, with exit 2', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['not-json.json', '{ allowed', /--settings .*not-json\.json: The file is not valid JSON/],
      ['list.json', '["a"]', /must hold one settings object/],
      ['empty-phrase.json', JSON.stringify({ allowedPhrases: ['fine', ''] }), /allowed phrase 2: is empty/],
      ['unknown.json', JSON.stringify({ allowedPhrase: ['x'] }), /"allowedPhrase" is not a setting PeerLens knows/],
      [
        'repeat.json',
        JSON.stringify({ allowedPhrases: ['Clients', 'clients'] }),
        /allowed phrase 2: "clients" is already allowed phrase 1/,
      ],
    ];
    for (const [name, body, expected] of cases) {
      const file = join(dir, name);
      writeFileSync(file, body);
      const { code, stdout, stderr } = await runCli(['analyze', '--settings', file, posting]);
      expect(code, name).toBe(2);
      expect(stdout, name).toBe('');
      expect(stderr, name).toMatch(expected);
      if (!/not valid JSON|must hold/.test(stderr)) expect(stderr, name).toContain('The settings were not used.');
      expect(stderr, name).not.toMatch(/Too small|expected string|ZodError|\n\s+at /);
    }
  });

  it('says so when the file is missing or a folder, or an --allow phrase cannot be looked for', async () => {
    const missing = await runCli(['analyze', '--settings', join(dir, 'nope.json'), posting]);
    expect([missing.code, missing.stderr]).toEqual([2, `peerlens: --settings ${join(dir, 'nope.json')}: no such file\n`]);
    const folder = await runCli(['analyze', '--settings', dir, posting]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('is a folder');
    const blank = await runCli(['analyze', '--allow', '  ', posting]);
    expect([blank.code, blank.stderr]).toEqual([2, 'peerlens: --allow "  ": is empty\n']);
  });
});

describe('peerlens audit with the organization settings', () => {
  it('drops the allowed phrases from every document of the folder', async () => {
    const folder = join(dir, 'agency');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'one.txt'), POSTING);
    writeFileSync(join(folder, 'two.txt'), POSTING.replace('Peer Support Specialist', 'Recovery Coach'));
    const texts = (stdout: string) =>
      (JSON.parse(stdout) as { documents: Array<{ findings?: JsonFinding[] }> }).documents
        .flatMap((d) => d.findings ?? [])
        .map((f) => f.text);
    const before = await runCli(['audit', folder, '--format', 'json', '--jobs', '1']);
    expect(texts(before.stdout).filter((t) => /severely mentally ill/i.test(t)).length).toBe(2);
    const after = await runCli(['audit', folder, '--format', 'json', '--jobs', '1', '--settings', exported, '--allow', 'clients']);
    expect(after.code).toBe(0);
    expect(texts(after.stdout).some((t) => /severely mentally ill/i.test(t) || t.toLowerCase() === 'clients')).toBe(false);
    const bad = await runCli(['audit', folder, '--format', 'json', '--settings', join(dir, 'nope.json')]);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
  });
});
