// The CLI as a real process: exit codes reach the shell, stdin is read, URLs are fetched (from
// a local server: tests have no outside network), and bin/peerlens.mjs starts it.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../../src/report/report-schema.js';
import { EXAMPLE_HTML, EXAMPLE_TXT, ROOT, spawnCli } from './cli-harness.js';

const MAIN = 'src/cli/main.ts';
let server: Server;
let base: string;

beforeAll(async () => {
  const page = readFileSync(EXAMPLE_HTML);
  server = createServer((req, res) => {
    if (req.url === '/jobs/peer-support-specialist') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('peerlens as a process', () => {
  it('analyzes stdin given as "-" and exits 0', async () => {
    const { code, stdout, stderr } = await spawnCli(MAIN, ['analyze', '-'], readFileSync(EXAMPLE_TXT, 'utf8'));
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^-\n {2}For job seekers: .+\n(?: {4}- .+\n)* {2}Score \d+\/100/);
  });

  it('fetches a URL and prints the JSON contract', async () => {
    const url = `${base}/jobs/peer-support-specialist`;
    const { code, stdout } = await spawnCli(MAIN, ['analyze', '--format', 'json', url]);
    expect(code).toBe(0);
    expect(reportJsonSchema.parse(JSON.parse(stdout)).source).toBe(url);
  });

  it('exits 2 with one line on a missing file, and 1 under --fail-under', async () => {
    const missing = await spawnCli(MAIN, ['analyze', 'no/such/posting.txt']);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', 'peerlens: no/such/posting.txt: no such file\n']);
    const below = await spawnCli(MAIN, ['analyze', '--fail-under', '100', '--format', 'json', EXAMPLE_TXT]);
    expect(JSON.parse(below.stdout).score).toBeLessThan(100); // the example has known flaws
    expect(below.code).toBe(1);
  });

  it('bin/peerlens.mjs runs the CLI (the bundle when built, else the source through tsx)', async () => {
    const { code, stdout } = await spawnCli(`${ROOT}bin/peerlens.mjs`, ['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
