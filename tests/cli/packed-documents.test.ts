// `analyze` and `rewrite` read PDF and Word files through the audit's reader: the same report as
// `audit` on the same file, and a rewrite written as plain text (or Markdown) that says so.
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditJsonSchema } from '../../src/report/audit-schema.js';
import { reportJsonSchema } from '../../src/report/report-schema.js';
import { DOCX_TEXT, PDF_TEXT, makeFixtureTree, type FixtureTree } from '../audit/fixture-tree.js';
import { runCli } from './cli-harness.js';

let tree: FixtureTree;
let server: Server;
let base: string;

beforeAll(async () => {
  tree = await makeFixtureTree();
  // serves the fixture PDF with no file name in the address, as a download link would
  const pdf = await readFile(join(tree.agency, 'postings/peer-specialist.pdf'));
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end(pdf);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(tree.root, { recursive: true, force: true });
});

it('`analyze` reads a URL serving a PDF like the file itself', async () => {
  const fromUrl = await runCli(['analyze', '--format', 'json', `${base}/download?id=7`]);
  expect(fromUrl.stderr).toBe('');
  const fromFile = await runCli(['analyze', '--format', 'json', join(tree.agency, 'postings/peer-specialist.pdf')]);
  const url = reportJsonSchema.parse(JSON.parse(fromUrl.stdout));
  const file = reportJsonSchema.parse(JSON.parse(fromFile.stdout));
  expect({ ...url, source: file.source }).toEqual(file);
});

describe.each([
  ['a PDF', 'postings/peer-specialist.pdf', PDF_TEXT],
  ['a Word document', 'postings/recovery-coach.docx', DOCX_TEXT],
])('%s', (_kind, relativePath, text) => {
  const file = () => join(tree.agency, relativePath);

  it('`analyze` gives the same report as `audit`', async () => {
    const alone = await runCli(['analyze', '--format', 'json', file()]);
    expect(alone.stderr).toBe('');
    expect(alone.code).toBe(0);
    const analyzed = reportJsonSchema.parse(JSON.parse(alone.stdout));
    const audited = await runCli(['audit', file(), '--format', 'json', '--jobs', '1']);
    const [document] = auditJsonSchema.parse(JSON.parse(audited.stdout)).documents;
    expect(analyzed.findings.length).toBeGreaterThan(0);
    // the audit names the file alone; analyze names it as it was given
    expect({ ...analyzed, source: document?.source }).toEqual(document);
  });

  it('`rewrite` writes the revised text as plain text and says so', async () => {
    const result = await runCli(['rewrite', file()]);
    expect(result.code).toBe(0);
    expect(result.stdout.toLowerCase()).not.toContain('addicts');
    expect(result.stdout.startsWith(text.split('\n')[0]!)).toBe(true);
    expect(result.stderr).toMatch(/written as plain text/);
  });

  it('`rewrite --format md` writes it as Markdown, the title a heading and the text escaped, and says so', async () => {
    const result = await runCli(['rewrite', '--format', 'md', file()]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`# ${text.split('\n')[0]!}\n\n`)).toBe(true);
    expect(result.stdout.toLowerCase()).not.toContain('addicts');
    // the same revised words as the plain text, only laid out as Markdown
    const plain = await runCli(['rewrite', file()]);
    const words = (s: string) => s.replace(/[#\\\s]+/g, ' ').trim();
    expect(words(result.stdout)).toBe(words(plain.stdout));
    expect(result.stderr).toMatch(
      /written as Markdown, with the headings and lists PeerLens read in it \(the file itself is not changed\)/,
    );
    expect(result.stderr).not.toMatch(/plain text/);
  });
});

it('`rewrite --format` takes text or md, and says so for anything else', async () => {
  const result = await runCli(['rewrite', '--format', 'json', join(tree.agency, 'postings/peer-specialist.pdf')]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe('peerlens: --format must be one of text, md (got "json")\n');
});
