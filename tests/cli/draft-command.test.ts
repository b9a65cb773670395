// `peerlens draft`: an example answers file for each category, written back out as a posting
// that passes its own check; malformed answers are one line naming the field, exit 2.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_CATEGORIES } from '../../src/core/role-categories.js';
import { runCli } from './cli-harness.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'peerlens-draft-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function answersFile(name: string, content: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('peerlens draft --example', () => {
  it.each(ROLE_CATEGORIES)('prints a complete answers file for %s that writes a posting passing its check', async (category) => {
    const example = await runCli(['draft', '--category', category, '--example']);
    expect([example.code, example.stderr]).toEqual([0, '']);
    expect(JSON.parse(example.stdout).category).toBe(category);
    const file = await answersFile(`${category}.json`, example.stdout);
    const posting = await runCli(['draft', file]);
    expect(posting.code).toBe(0);
    expect(posting.stdout).toContain('Minimum qualifications\n- Applicants must');
    expect(posting.stderr).toBe('Checked: score 100/100, no problems found.\n');
  });

  it('needs a category', async () => {
    const { code, stderr, stdout } = await runCli(['draft', '--example']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^peerlens: --example needs --category \(one of adult-mental-health, /);
  });

  it('refuses an unknown category, naming the choices', async () => {
    const { code, stderr } = await runCli(['draft', '--example', '--category', 'nurse']);
    expect(code).toBe(2);
    expect(stderr).toContain('--category must be one of adult-mental-health');
    expect(stderr).toContain('(got "nurse")');
  });
});

describe('peerlens draft <answers>', () => {
  it('writes Markdown and HTML, and reads answers from stdin', async () => {
    const example = (await runCli(['draft', '--category', 'youth', '--example'])).stdout;
    const md = await runCli(['draft', '-', '--format', 'md'], { stdin: example });
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith('# Youth Peer Advocate\n')).toBe(true);
    const html = await runCli(['draft', '-', '--format', 'html'], { stdin: example });
    expect(html.stdout).toContain('<h2>Minimum qualifications</h2>');
  });

  it('prints the interview questions sheet for the answers’ category', async () => {
    const example = (await runCli(['draft', '--category', 'parent-caregiver', '--example'])).stdout;
    const sheet = await runCli(['draft', '-', '--interview-questions'], { stdin: example });
    expect(sheet.code).toBe(0);
    expect(sheet.stdout).toContain('Interview questions: Parent Partner');
    expect(sheet.stdout).toContain('primary caregiver');
  });

  it('reports what free text brings in: a duty that conflicts with the role is named on stderr', async () => {
    const answers = JSON.parse((await runCli(['draft', '--category', 'adult-mental-health', '--example'])).stdout);
    answers.responsibilities[0].text = 'Conduct psychosocial assessments for new clients.';
    const { code, stderr } = await runCli(['draft', '-'], { stdin: JSON.stringify(answers) });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Checked: score \d+\/100, 1 problem to look at/);
    expect(stderr).toContain('"Conduct psychosocial assessments"');
  });

  it.each([
    ['a missing field', (a: Record<string, unknown>) => delete a.pay, 'pay is missing'],
    [
      'an empty responsibility',
      (a: Record<string, unknown>) => ((a.responsibilities as Array<{ text: string }>)[1]!.text = ''),
      'responsibilities[1].text must not be empty',
    ],
    [
      'three responsibilities',
      (a: Record<string, unknown>) => (a.responsibilities = (a.responsibilities as unknown[]).slice(0, 3)),
      'responsibilities must list at least 4 core responsibilities',
    ],
  ])('exits 2 with one line naming the field on %s', async (_name, spoil, message) => {
    const answers = JSON.parse((await runCli(['draft', '--category', 'family', '--example'])).stdout);
    spoil(answers);
    const file = await answersFile('bad.json', JSON.stringify(answers));
    const { code, stdout, stderr } = await runCli(['draft', file]);
    expect([code, stdout, stderr]).toEqual([2, '', `peerlens: ${file}: ${message}\n`]);
  });

  it('exits 2 on a file that is missing, a folder or not JSON', async () => {
    const missing = await runCli(['draft', join(dir, 'nope.json')]);
    expect([missing.code, missing.stderr]).toEqual([2, `peerlens: ${join(dir, 'nope.json')}: no such file\n`]);
    const folder = await runCli(['draft', dir]);
    expect([folder.code, folder.stderr]).toEqual([2, `peerlens: ${dir} is a folder, not an answers file\n`]);
    const notJson = await runCli(['draft', await answersFile('posting.txt', 'Peer Support Specialist\n')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^peerlens: .*posting\.txt is not valid JSON: /);
  });

  it('exits 2 on a bad format or with no answers at all', async () => {
    expect((await runCli(['draft', 'x.json', '--format', 'pdf'])).stderr).toBe(
      'peerlens: --format must be one of text, md, html (got "pdf")\n',
    );
    const none = await runCli(['draft']);
    expect([none.code, none.stderr]).toEqual([
      2,
      'peerlens: give an answers file (or --category <category> --example to print one to start from)\n',
    ]);
  });
});
