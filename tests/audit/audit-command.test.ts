// `peerlens audit` end to end, in-process (--jobs 1): a fixture folder of real PDF, DOCX,
// Markdown, HTML and legacy-encoded text files, with corrupt, encrypted and empty files among
// them. Every output format is parsed and checked against the run.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sourcesFile from '../../lexicons/sources.json';
import { auditJsonSchema, type AuditJson } from '../../src/report/audit-schema.js';
import { CSV_COLUMNS } from '../../src/report/audit-csv.js';
import { run } from '../../src/cli/run.js';
import { LexiconError, rewrite } from '../../src/core/index.js';
import { runCli } from '../cli/cli-harness.js';
import { HOSTILE, HOSTILE_NAME, makeFixtureTree, type FixtureTree } from './fixture-tree.js';
import { parseCsv } from './parse-csv.js';
import { listTree } from './tree-listing.js';

let tree: FixtureTree;
let out: string;
let before: string[];
let result: Awaited<ReturnType<typeof runCli>>;
let json: AuditJson;

const bySuffix = (suffix: string) => json.documents.find((d) => d.source.endsWith(suffix));

beforeAll(async () => {
  tree = await makeFixtureTree();
  out = join(tree.root, 'report');
  before = await listTree(tree.root);
  result = await runCli(['audit', tree.agency, '--out', out, '--jobs', '1']);
  json = auditJsonSchema.parse(JSON.parse(await readFile(join(out, 'peerlens-audit.json'), 'utf8')));
}, 60_000);

afterAll(async () => {
  await rm(tree.root, { recursive: true, force: true });
});

describe('peerlens audit on a folder', () => {
  it('exits 0 with one summary line on a non-terminal, and writes only the four report files', async () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^peerlens: audited 10 documents in .*7 analyzed, 3 could not be read/);
    const after = await listTree(tree.root);
    const added = after.filter((p) => !before.includes(p));
    expect(added.sort()).toEqual(['csv', 'html', 'json', 'md'].map((f) => join('report', `peerlens-audit.${f}`)));
    expect(after.filter((p) => before.includes(p))).toEqual(before);
  });

  it('walks nested folders, skips hidden folders, node_modules, other files and links out of the tree', () => {
    const { summary } = json;
    expect([summary.documents, summary.analyzed, summary.errors, summary.skippedFiles]).toEqual([
      tree.expected.documents,
      tree.expected.analyzed,
      tree.expected.errors,
      tree.expected.skippedFiles,
    ]);
    const sources = [...json.documents.map((d) => d.source), ...json.errors.map((e) => e.source)];
    expect(sources.some((s) => s.endsWith(join('county', 'youth', 'youth-advocate.md')))).toBe(true);
    expect(sources.some((s) => /\.archive|node_modules|outside-link|same-as-youth|loop/.test(s))).toBe(false);
  });

  it('reads PDF and DOCX text and analyzes it like any other document', () => {
    const pdf = bySuffix('peer-specialist.pdf');
    const docx = bySuffix('recovery-coach.docx');
    expect(pdf?.findings.map((f) => f.text.toLowerCase())).toContain('addicts');
    expect(docx?.findings.map((f) => f.text.toLowerCase())).toContain('addicts');
    expect(pdf?.role.isPeerRole).toBe(true);
    expect(docx?.livedExperience.status).toBe('required');
  });

  it('decodes Windows-1252 and UTF-16 text', async () => {
    expect(bySuffix('legacy-policy.txt')?.findings.some((f) => f.text === 'a schizophrenic')).toBe(true);
    expect(bySuffix('onboarding.txt')?.findings.some((f) => f.text === 'a lunatic')).toBe(true);
    // The finding's sentence shows the curly quotes and en dash (bytes 0x93 0x94 0x96) as themselves.
    const rows = parseCsv(await readFile(join(out, 'peerlens-audit.csv'), 'utf8'));
    const context = rows.find((r) => r[0]!.endsWith('legacy-policy.txt') && r[10] === 'a schizophrenic')?.[11];
    expect(context).toBe(
      'Agency policy: staff are \u201cpeer specialists\u201d \u2013 never leave a \u201cjunkie\u201d or [a schizophrenic].',
    );
  });

  it('turns corrupt, encrypted and empty files into error rows', () => {
    const codes = Object.fromEntries(json.errors.map((e) => [e.source.split('/').pop(), e.code]));
    expect(codes).toEqual({ 'scan.pdf': 'corrupt', 'locked.pdf': 'encrypted', 'empty.txt': 'empty' });
    for (const e of json.errors) expect(e.message).not.toContain(e.source); // the row names it once
  });

  it('gives the same reports as `peerlens analyze --format json`', async () => {
    const md = bySuffix('youth-advocate.md')!;
    const alone = await runCli(['analyze', '--format', 'json', join(tree.agency, md.source)]);
    expect({ ...JSON.parse(alone.stdout), source: md.source }).toEqual(md);
  });

  it('names documents by their path inside the audited folder, never by an absolute path', async () => {
    expect(json.documents.map((d) => d.source)).toContain('policies/legacy-policy.txt');
    expect(json.documents.map((d) => d.source).every((s) => !s.startsWith('/'))).toBe(true);
    for (const f of ['csv', 'html', 'json', 'md']) {
      const text = await readFile(join(out, `peerlens-audit.${f}`), 'utf8');
      expect(text).not.toContain(tree.root);
    }
  });

  it('writes one CSV row per finding, RFC 4180', async () => {
    const rows = parseCsv(await readFile(join(out, 'peerlens-audit.csv'), 'utf8'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(json.summary.findings);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(rows.slice(1).some((r) => r[0]!.endsWith(HOSTILE_NAME))).toBe(true);
  });

  it('writes an HTML report that loads nothing and shows document text as text', async () => {
    const html = await readFile(join(out, 'peerlens-audit.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/\ssrc\s*=\s*["']?\s*(?:https?:)?\/\//i);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    const rows = document.querySelectorAll('#documents tbody tr');
    expect(rows).toHaveLength(tree.expected.documents);
    expect(document.querySelectorAll('.doc-section')).toHaveLength(tree.expected.documents);
    expect(document.querySelectorAll('.findings > li')).toHaveLength(json.summary.findings);
    expect(document.querySelector('svg.chart')).not.toBeNull();
    expect(document.body.textContent).toContain(HOSTILE); // shown, as text
    // links go within the report or to the address of a cited source
    const addresses = new Set(sourcesFile.sources.flatMap((s) => ('url' in s && s.url ? [s.url] : [])));
    for (const a of document.querySelectorAll('[href]')) {
      const href = a.getAttribute('href') ?? '';
      expect(href.startsWith('#') || addresses.has(href), href).toBe(true);
    }
  });

  it('writes Markdown with every document and error', async () => {
    const md = await readFile(join(out, 'peerlens-audit.md'), 'utf8');
    expect(md).toMatch(/^# PeerLens audit report\n/);
    for (const d of json.documents) expect(md).toContain(`### ${d.source.replace(/([\\`*_[\]<>|#~])/g, '\\$1')}`);
    expect(md).toContain('## Could not be read');
    expect(md).not.toContain(HOSTILE); // escaped: \<img …\>
  });
});

describe('peerlens audit: other runs', () => {
  it('prints one format to stdout without --out', async () => {
    const { code, stdout } = await runCli(['audit', join(tree.agency, 'postings'), '--format', 'json', '--jobs', '1']);
    expect(code).toBe(0);
    const parsed = auditJsonSchema.parse(JSON.parse(stdout));
    expect(parsed.summary.analyzed).toBe(5);
  });

  it('leaves out info-level findings with --no-info', async () => {
    const { stdout } = await runCli(['audit', tree.agency, '--format', 'json', '--no-info', '--jobs', '1']);
    const quiet = auditJsonSchema.parse(JSON.parse(stdout));
    expect(json.summary.findingsBySeverity.info).toBeGreaterThan(0);
    expect(quiet.summary.findingsBySeverity.info).toBe(0);
    expect(quiet.summary.findings).toBe(json.summary.findings - json.summary.findingsBySeverity.info);
  });

  it('exits 2 saying why when nothing could be read, and writes nothing', async () => {
    const report = join(tree.root, 'never.html');
    const { code, stderr } = await runCli(['audit', join(tree.agency, 'broken'), '--out', report, '--jobs', '1']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^peerlens: no document could be read, so no report was written: .*scan\.pdf: is not a readable PDF/);
    expect(stderr).toContain('empty.txt: is empty');
    expect((await listTree(tree.root)).includes('never.html')).toBe(false);
  });

  it('exits 2 for a folder with no documents, naming what it reads', async () => {
    const { code, stderr } = await runCli(['audit', join(tree.agency, 'images'), '--jobs', '1']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/found no documents to audit in .*images \(PeerLens reads \.html.*; 1 other file skipped\)/);
  });

  it('stops with exit 3 when the analyzer itself is broken, instead of one error row per document', async () => {
    let stderr = '';
    const broken = () => {
      throw new LexiconError('language/x.json', ['entry "x": cannot read "?"']);
    };
    const code = await run(
      ['audit', tree.agency, '--jobs', '1'],
      {
        stdout: { write: () => true },
        stderr: { write: (s: string) => (stderr += s) },
        stdin: Readable.from([]),
        env: {},
        stdoutIsTTY: false,
      },
      { analyze: broken, rewrite },
    );
    expect(code).toBe(3);
    expect(stderr).toMatch(/^peerlens: internal error: .*language\/x\.json/);
  });

  it('rejects bad options with one line and exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--jobs', '0'], /--jobs must be a whole number from 1 to 64/],
      [['--format', 'pdf'], /--format must be one of html, md, json, csv, all/],
      [['--format', 'all'], /--format all writes four files; give --out <folder>/],
      [['--out', join(tree.root, 'x.csv'), '--format', 'json'], /names a \.csv file but --format is json/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await runCli(['audit', tree.agency, ...args]);
      expect([code, stderr]).toEqual([2, expect.stringMatching(message)]);
    }
  });
});
