// The built CLI loads only what an input needs: a plain text loads neither the HTML readers nor
// compromise (unless a check needs parts of speech; then its build with the word model made
// ahead, dist/parts-of-speech.cjs, not the package) nor the audit's machinery. Checked by the
// modules the process actually loaded (tests/cli/module-log.mjs), not by time.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_HTML, EXAMPLE_TXT, ROOT } from './cli-harness.js';

const BUNDLE_DIR = 'dist/lazy-test';
const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'peerlens-lazy-'));
  await run(process.execPath, ['scripts/build-cli.mjs', `--outdir=${BUNDLE_DIR}`], { cwd: ROOT });
}, 90_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the bundled CLI and returns the names of the npm packages and our chunks it loaded. */
async function loaded(
  args: string[],
): Promise<{ packages: Set<string>; chunks: string[]; partsOfSpeech: boolean; network: boolean; zlib: boolean; stdout: string }> {
  const log = join(dir, `modules-${Math.random().toString(36).slice(2)}.log`);
  await writeFile(log, '');
  const { stdout } = await run(process.execPath, ['--import', './tests/cli/module-log.mjs', `${BUNDLE_DIR}/cli.mjs`, ...args], {
    cwd: ROOT,
    env: { ...process.env, PEERLENS_MODULE_LOG: log },
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { code?: number; stdout: string }) => {
    if (error.code === 1) return { stdout: error.stdout }; // below --fail-under is still a run
    throw error;
  });
  const lines = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
  const packages = new Set(
    lines.flatMap((l) => {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(l) ?? /^require ((?:@[^/]+\/)?[^./][^/]*)/.exec(l);
      return m && !m[1]!.startsWith('node:') ? [m[1]!] : [];
    }),
  );
  const chunks = lines.flatMap((l) => /\/chunks\/([\w-]+?)-[\w]+\.mjs$/.exec(l)?.[1] ?? []);
  const partsOfSpeech = lines.some((l) => l.endsWith(`${BUNDLE_DIR}/parts-of-speech.cjs`));
  const network = lines.some((l) => / node:(https?|dns\/promises|tls)$/.test(l));
  const zlib = lines.some((l) => / node:zlib$/.test(l));
  return { packages, chunks, partsOfSpeech, network, zlib, stdout };
}

const HEAVY_READERS = ['linkedom', '@mozilla/readability', 'unpdf', 'mammoth'];

describe('what `peerlens analyze` loads', () => {
  it('a plain-text posting: no HTML readers, no compromise, no audit, no network modules', async () => {
    const { packages, chunks, partsOfSpeech, network, zlib, stdout } = await loaded(['analyze', '--format', 'json', EXAMPLE_TXT]);
    expect(JSON.parse(stdout).score).toBeGreaterThan(0);
    expect(partsOfSpeech).toBe(false);
    expect(network, 'http, https or DNS loaded for a file').toBe(false);
    expect(zlib, 'node:zlib (the PDF and Word readers) loaded for a text file').toBe(false);
    for (const reader of ['read-pdf', 'read-docx']) expect(chunks).not.toContain(reader);
    for (const p of [...HEAVY_READERS, 'compromise', 'cli-progress', 'iconv-lite']) expect(packages, p).not.toContain(p);
    expect(chunks).not.toContain('audit-command');
    expect(chunks).not.toContain('read-html');
  });

  it('a text whose checks need parts of speech: compromise with its ready word model, still no HTML readers', async () => {
    const file = join(dir, 'needs-parts-of-speech.txt');
    await writeFile(file, 'Peer Support Specialist\n\nMy neighbor Maria suffers from depression.\n');
    const { packages, partsOfSpeech, stdout } = await loaded(['analyze', '--format', 'json', file]);
    expect(JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('suffers-from');
    expect(partsOfSpeech).toBe(true);
    expect(packages).not.toContain('compromise');
    for (const p of HEAVY_READERS) expect(packages, p).not.toContain(p);
  });

  it('an HTML page: the HTML readers, and not the audit', async () => {
    // The worker's readers are inside its one file (dist/audit-worker-code.cjs): seen by the packages they load.
    const { packages, chunks } = await loaded(['analyze', '--format', 'json', EXAMPLE_HTML]);
    expect(packages).toContain('linkedom');
    expect(packages).toContain('@mozilla/readability');
    expect(chunks).not.toContain('audit-command');
  });

  it('`audit` loads the audit', async () => {
    const { chunks } = await loaded(['audit', EXAMPLE_TXT, '--format', 'json', '--jobs', '1']);
    expect(chunks).toContain('audit-command');
  });
});
