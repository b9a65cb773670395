// `peerlens analyze` in-process with the real analyzer. Expected values come from analyze()
// itself, so these tests check the CLI's plumbing and contract, not the lexicons' verdicts.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shownName } from '../../src/cli/shown-name.js';
import { analyze } from '../../src/core/index.js';
import { readInput } from '../../src/input/read-input.js';
import { reportToJson } from '../../src/report/format-json.js';
import { analyzeOutputSchema, reportJsonSchema } from '../../src/report/report-schema.js';
import { EXAMPLE_HTML, EXAMPLE_TXT, runCli } from './cli-harness.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character starts a terminal colour code
const ANSI = /\u001b\[[0-9;]*m/;
let dir: string;
const exampleText = readFileSync(EXAMPLE_TXT, 'utf8');
const exampleScore = analyze(exampleText).score;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlens-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('peerlens analyze --format json', () => {
  it('prints one object that fits the contract, with offsets into the analyzed text', async () => {
    const { code, stdout, stderr } = await runCli(['analyze', '--format', 'json', EXAMPLE_TXT]);
    expect([code, stderr]).toEqual([0, '']);
    const json = reportJsonSchema.parse(JSON.parse(stdout));
    expect(json.source).toBe(EXAMPLE_TXT);
    expect(json.score).toBe(exampleScore);
    const analyzed = analyze(exampleText).text;
    for (const f of json.findings) expect(analyzed.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads an HTML page from its JSON-LD and reports what analyze() says of that posting', async () => {
    const { code, stdout } = await runCli(['analyze', '--format=json', EXAMPLE_HTML]);
    expect(code).toBe(0);
    const reading = await readInput(EXAMPLE_HTML);
    expect(reading.via).toBe('json-ld');
    expect(JSON.parse(stdout)).toEqual(reportToJson(analyze(reading.input), EXAMPLE_HTML));
  });

  it('prints an array for several inputs', async () => {
    const { code, stdout } = await runCli(['analyze', '-f', 'json', EXAMPLE_TXT, EXAMPLE_HTML]);
    expect(code).toBe(0);
    const json = analyzeOutputSchema.parse(JSON.parse(stdout));
    expect(Array.isArray(json) && json.map((r) => r.source)).toEqual([EXAMPLE_TXT, EXAMPLE_HTML]);
  });

  it('passes --category and --no-info to the analyzer', async () => {
    const { stdout } = await runCli(['analyze', '-f', 'json', '--category', 'none', '--no-info', EXAMPLE_TXT]);
    const expected = analyze(exampleText, { category: null, hideInfo: true });
    expect(JSON.parse(stdout)).toEqual(reportToJson(expected, EXAMPLE_TXT));
    expect(JSON.parse(stdout).findings.some((f: { severity: string }) => f.severity === 'info')).toBe(false);
    const youth = await runCli(['analyze', '-f', 'json', '--category', 'youth', EXAMPLE_TXT]);
    expect(JSON.parse(youth.stdout)).toEqual(reportToJson(analyze(exampleText, { category: 'youth' }), EXAMPLE_TXT));
  });
});

describe('peerlens analyze, text and Markdown', () => {
  it('prints a readable summary with ranked findings at line:col, without colors off a terminal', async () => {
    const { code, stdout } = await runCli(['analyze', EXAMPLE_TXT]);
    const report = analyze(exampleText);
    expect(code).toBe(0);
    expect(stdout).toContain(`Score ${report.score}/100 (${report.grade})`);
    expect(stdout).toContain('Role: ');
    expect(stdout).not.toMatch(ANSI);
    const located = report.findings.filter((f) => f.end > f.start);
    for (const f of located) {
      const before = report.text.slice(0, f.start).split('\n');
      expect(stdout).toContain(` ${before.length}:${(before.at(-1)?.length ?? 0) + 1} `);
      expect(stdout).toContain(`"${f.text.replace(/\s+/g, ' ')}"`);
    }
  });

  it('colors on a terminal unless NO_COLOR is set', async () => {
    expect((await runCli(['analyze', EXAMPLE_TXT], { tty: true })).stdout).toMatch(ANSI);
    expect((await runCli(['analyze', EXAMPLE_TXT], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['analyze', EXAMPLE_TXT], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
  });

  it('prints a Markdown report', async () => {
    const { code, stdout } = await runCli(['analyze', '--format', 'md', EXAMPLE_TXT]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# PeerLens report\n\n## .*peer-support-specialist\.txt\n/);
    expect(stdout).toContain(`**Score: ${exampleScore}/100`);
  });

  it('names a file by its path from the working folder, or by its name when outside it, never by an absolute path', async () => {
    const inside = await runCli(['analyze', EXAMPLE_TXT]);
    expect(inside.stdout.split('\n')[0]).toBe(relative(process.cwd(), EXAMPLE_TXT));
    writeFileSync(join(dir, 'posting.txt'), exampleText);
    for (const format of ['text', 'md']) {
      const outside = await runCli(['analyze', '--format', format, join(dir, 'posting.txt')]);
      expect(outside.stdout).toContain('posting.txt');
      expect(outside.stdout).not.toContain(dir);
    }
  });

  it('shows a file’s path from the working folder, its name outside it, and stdin or an address as given', () => {
    expect(shownName('/home/ann/agency/policy.txt', '/home/ann')).toBe('agency/policy.txt');
    expect(shownName('agency/policy.txt', '/home/ann')).toBe('agency/policy.txt');
    expect(shownName('/srv/docs/policy.txt', '/home/ann')).toBe('policy.txt');
    expect(shownName('../policy.txt', '/home/ann')).toBe('policy.txt');
    expect(shownName('-', '/home/ann')).toBe('-');
    expect(shownName('https://example.org/jobs/1', '/home/ann')).toBe('https://example.org/jobs/1');
  });

  it('reads "-" from stdin', async () => {
    const { code, stdout } = await runCli(['analyze', '-f', 'json', '-'], { stdin: exampleText });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ source: '-', score: exampleScore });
  });
});

describe('peerlens analyze --fail-under', () => {
  it('exits 1 when an input scores below the threshold, 0 at or above it', async () => {
    const below = await runCli(['analyze', '--fail-under', String(exampleScore + 1), EXAMPLE_TXT]);
    expect(below.code).toBe(1);
    expect(below.stderr).toBe(`peerlens: ${EXAMPLE_TXT}: score ${exampleScore} is below --fail-under ${exampleScore + 1}\n`);
    expect(below.stdout).toContain('Score');
    expect((await runCli(['analyze', '--fail-under', String(exampleScore), EXAMPLE_TXT])).code).toBe(0);
  });
});

describe('peerlens analyze: exit 2 with one line', () => {
  const expectExit2 = async (args: string[], message: RegExp) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  };

  it('on a missing file', () => expectExit2(['analyze', join(dir, 'missing.txt')], /^peerlens: .*missing\.txt: no such file\n$/));

  it('on an empty or whitespace-only file', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '\n  \n');
    await expectExit2(['analyze', join(dir, 'empty.txt')], /empty\.txt: is empty/);
    await expectExit2(['analyze', join(dir, 'blank.txt')], /blank\.txt: contains only whitespace/);
  });

  it('on a damaged PDF: read as a PDF, as the audit does, and said to be damaged', async () => {
    writeFileSync(join(dir, 'scan.pdf'), Buffer.from('%PDF-1.4\n\u0000\u0001', 'latin1'));
    await expectExit2(['analyze', join(dir, 'scan.pdf')], /scan\.pdf: is not a readable PDF/);
  });

  it('on a directory', async () => {
    mkdirSync(join(dir, 'postings'), { recursive: true });
    await expectExit2(['analyze', join(dir, 'postings')], /postings: is a directory/);
  });

  it('on a bad option value', async () => {
    await expectExit2(['analyze', '--format', 'xml', EXAMPLE_TXT], /^peerlens: --format must be one of text, json, md \(got "xml"\)\n$/);
    await expectExit2(['analyze', '--fail-under', 'high', EXAMPLE_TXT], /--fail-under must be a score from 0 to 100 \(got "high"\)/);
    await expectExit2(['analyze', '--fail-under', '101', EXAMPLE_TXT], /--fail-under must be a score from 0 to 100/);
    await expectExit2(['analyze', '--category', 'adults', EXAMPLE_TXT], /--category must be one of/);
    await expectExit2(['analyze', '--colour', EXAMPLE_TXT], /unknown option '--colour'/);
    await expectExit2(['analyze', '-', '-'], /"-" \(stdin\) can be given only once/);
  });

  it('still reports the readable inputs when some are not, and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['analyze', '-f', 'json', join(dir, 'gone.txt'), EXAMPLE_TXT, '--fail-under', '0']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^peerlens: .*gone\.txt: no such file\n$/);
    expect(JSON.parse(stdout).map((r: { source: string }) => r.source)).toEqual([EXAMPLE_TXT]);
  });
});

describe('peerlens rewrite', () => {
  it('prints the text with the suggestions applied, as rewrite() makes it', async () => {
    const { rewrite } = await import('../../src/core/index.js');
    const report = analyze(exampleText);
    const { code, stdout } = await runCli(['rewrite', EXAMPLE_TXT]);
    expect(code).toBe(0);
    const expected = rewrite(report.text, report.findings);
    expect(stdout).toBe(expected.endsWith('\n') ? expected : `${expected}\n`);
  });

  it('exits 2 on unreadable input', async () => {
    const { code, stderr } = await runCli(['rewrite', join(dir, 'nothing.md')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/nothing\.md: no such file/);
  });
});

describe('peerlens usage', () => {
  it('prints help and version with exit 0, and help on no arguments with exit 2', async () => {
    const help = await runCli(['analyze', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-under <score>');
    expect(help.stdout).toContain('Exit codes:');
    const version = await runCli(['--version']);
    expect([version.code, version.stdout.trim()]).toEqual([
      0,
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version,
    ]);
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: peerlens');
  });
});

describe('peerlens rewrite: what it left', () => {
  it('prints on stderr the findings it did not fix and why, and only the text on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['rewrite', '-'], {
      stdin:
        'Peer Support Specialist\n\nDuties\n- Monitor medication compliance.\n- Collect urine samples for drug screens.\n\nLived experience is preferred.\n',
    });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/Not fixed/);
    expect(stderr).toMatch(/^Not fixed by the rewrite \(\d+ findings?; these need a person\):\n/);
    expect(stderr).toMatch(/ {2}4:3 {2}"Monitor medication compliance" — a duty that does not fit a peer role/);
    expect(stderr).toMatch(/ {2}5:3 {2}"Collect urine samples" — a duty/);
  });
});
