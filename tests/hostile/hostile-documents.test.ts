// Hostile documents end as a result or a clear error row, never a stall or a crash of the run,
// and the report is always written (never through a link). Every input is generated here.
// Time and memory figures for the same inputs are in `npm run bench`, not in these tests.
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/run-audit.js';
import { analyze } from '../../src/core/index.js';
import { readInput } from '../../src/input/read-input.js';
import type { AuditDocument } from '../../src/report/audit-model.js';
import { runCli } from '../cli/cli-harness.js';
import {
  deepHtml,
  denseFlaggedText,
  docxBomb,
  manyEntriesZip,
  manyPagesPdf,
  nestedJsonLdHtml,
  prefixWordText,
  sharedPrefixTerms,
  streamBombPdf,
} from './hostile-inputs.js';

const MB = 1024 * 1024;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'peerlens-hostile-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const bySource = (documents: AuditDocument[], name: string): AuditDocument =>
  documents.find((d) => (d.kind === 'report' ? d.report.source : d.source)?.endsWith(name))!;

describe('deeply nested HTML', () => {
  it('reads a posting nested 100,000 <div>s deep from the whole body, and says why', async () => {
    const path = join(root, 'deep.html');
    await writeFile(path, deepHtml(100_000));
    const reading = await readInput(path);
    expect(reading.via).toBe('body');
    expect(reading.input).toContain('serves addicts');
    expect(reading.notes.join(' ')).toMatch(/nested about 100,00\d elements deep, too deep to read its structure/);
    expect(analyze(reading.input).findings.map((f) => f.text)).toContain('addicts');
  });

  it('reads the JSON-LD posting of a page nested 100,000 <div>s deep, found without parsing the page', async () => {
    const path = join(root, 'deep-json-ld.html');
    const page = nestedJsonLdHtml(10).replace('<p>Jobs</p>', `${'<div>'.repeat(100_000)}Jobs${'</div>'.repeat(100_000)}`);
    await writeFile(path, page);
    const reading = await readInput(path);
    expect(reading.via).toBe('json-ld');
    expect(reading.notes).toEqual([]);
    expect(JSON.stringify(reading.input)).toContain('serves addicts');
  });

  it('reads a JSON-LD description of 50,000 nested <b> tags', async () => {
    const path = join(root, 'bold.html');
    await writeFile(path, nestedJsonLdHtml(50_000));
    const reading = await readInput(path);
    expect(reading.via).toBe('json-ld');
    expect(JSON.stringify(reading.input)).toContain('serves addicts');
  });
});

describe('an audit of hostile files', () => {
  let documents: AuditDocument[];
  const folder = () => join(root, 'audit');

  beforeAll(async () => {
    await mkdir(folder(), { recursive: true });
    await writeFile(join(folder(), 'good.txt'), 'Peer Support Specialist\n\nShare your own recovery story with addicts.');
    await writeFile(join(folder(), 'deep.html'), deepHtml(2_500));
    await writeFile(join(folder(), 'deep-500.html'), deepHtml(500));
    await writeFile(join(folder(), 'many-pages.pdf'), manyPagesPdf(100_000));
    await writeFile(join(folder(), 'stream-bomb.pdf'), await streamBombPdf(300 * MB));
    await writeFile(join(folder(), 'zip-bomb.docx'), await docxBomb(150 * MB));
    await writeFile(join(folder(), 'lying-zip.docx'), await docxBomb(150 * MB, 1000));
    await writeFile(join(folder(), 'many-entries.docx'), manyEntriesZip(2_500));
    const outcome = await runAudit([folder()], { jobs: 1, analyzeOptions: {}, analyze, timeless: true });
    expect(outcome.onMainThread).toBe(0); // every document on a worker, even with --jobs 1
    documents = outcome.run.documents;
  }, 180_000);

  it('analyzes the readable files', () => {
    expect(bySource(documents, 'good.txt').kind).toBe('report');
    const deep = bySource(documents, 'deep.html');
    const deep500 = bySource(documents, 'deep-500.html');
    expect(deep500.kind === 'report' && deep500.report.notes.join(' ')).toMatch(
      /nested 50\d elements deep, too deep to find its main content/,
    );
    expect(deep.kind === 'report' && deep.report.notes.join(' ')).toMatch(
      /nested about 2,50\d elements deep, too deep to read its structure/,
    );
  });

  it('refuses each bomb with an error row naming the limit it passed', () => {
    const row = (name: string) => {
      const d = bySource(documents, name);
      return d.kind === 'error' ? { code: d.code, message: d.message } : { code: 'report', message: '' };
    };
    expect(row('many-pages.pdf')).toEqual({ code: 'too-large', message: 'has 100,000 pages; the limit is 2,000 pages' });
    expect(row('stream-bomb.pdf')).toEqual({ code: 'too-large', message: 'its contents unpack to more than 256 MB, the limit for a PDF' });
    expect(row('zip-bomb.docx')).toEqual({ code: 'too-large', message: 'its text parts unpack to 150 MB; the limit is 100 MB' });
    expect(row('lying-zip.docx').code).toBe('too-large');
    expect(row('lying-zip.docx').message).toMatch(/word\/document\.xml unpacks to more than its zip directory says/);
    expect(row('many-entries.docx')).toEqual({ code: 'too-large', message: 'holds 2,500 files in its zip; the limit is 2,000' });
  });
});

describe('a document that exhausts a worker', () => {
  it('becomes an error row; the other documents are still audited', async () => {
    const folder = join(root, 'memory');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'a-small.txt'), 'Peer Support Specialist\n\nWe support addicts.');
    await writeFile(join(folder, 'b-dense.txt'), denseFlaggedText(5 * MB - 1024));
    // A heap just big enough to start a worker and analyze a posting, too small for 5 MB of findings.
    const outcome = await runAudit([folder], { jobs: 1, analyzeOptions: {}, analyze, timeless: true, workerHeapMb: 96 });
    const [small, dense] = outcome.run.documents;
    expect(small?.kind).toBe('report');
    expect(dense?.kind === 'error' && [dense.code, dense.message]).toEqual([
      'too-large',
      'needed more than the 96 MB of memory PeerLens allows per document; skipped',
    ]);
  }, 180_000);
});

describe('organization terms sharing a long prefix', () => {
  it('match the one term the text holds, and nothing in a text of the prefix word alone', () => {
    const terms = sharedPrefixTerms(500);
    const text = `${Array(14).fill('peer').join(' ')} x499 appears here.`;
    expect(
      analyze(text, { customTerms: terms })
        .findings.filter((f) => f.ruleId.startsWith('custom-'))
        .map((f) => f.text),
    ).toEqual([text.slice(0, text.indexOf(' appears'))]);
    expect(analyze(prefixWordText(1 * MB), { customTerms: terms }).findings.filter((f) => f.ruleId.startsWith('custom-'))).toEqual([]);
  });
});

describe('writing the report', () => {
  it('never writes through a link in --out, and leaves its target as it was', async () => {
    const out = join(root, 'out-with-link');
    await mkdir(out, { recursive: true });
    const target = join(root, 'precious.txt');
    await writeFile(target, 'keep me');
    await symlink(target, join(out, 'peerlens-audit.html'));
    const docs = join(root, 'docs-a');
    await mkdir(docs, { recursive: true });
    await writeFile(join(docs, 'a.txt'), 'Peer Support Specialist. We support addicts.');
    const result = await runCli(['audit', docs, '--out', out, '--jobs', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/peerlens-audit\.html is a symbolic link; PeerLens does not write through links/);
    expect(await readFile(target, 'utf8')).toBe('keep me');
  });

  it('audits the inputs in the --out folder itself, leaving out only the report files, and says when it replaces one', async () => {
    const folder = join(root, 'docs-and-report');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'a.txt'), 'Peer Support Specialist. We support addicts.');
    await writeFile(join(folder, 'b.md'), '# Recovery Coach\n\nCoaches work with addicts.');
    const first = await runCli(['audit', folder, '--out', folder, '--format', 'md', '--jobs', '1']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/audited 2 documents/);
    const second = await runCli(['audit', folder, '--out', folder, '--format', 'md', '--jobs', '1']);
    expect(second.stderr).toMatch(/audited 2 documents/);
    expect(second.stderr).toMatch(/peerlens-audit\.md \(replaced the earlier file\)/);
    expect(await readFile(join(folder, 'peerlens-audit.md'), 'utf8')).toContain('a.txt');
  });
});
