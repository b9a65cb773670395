import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/input/input-error.js';
import { readInput } from '../../src/input/read-input.js';

let dir: string;
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** The InputError readInput rejects with (fails the test when it resolves). */
async function inputError(spec: string, options?: Parameters<typeof readInput>[1]): Promise<InputError> {
  const error = await readInput(spec, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const jobPage = `<!DOCTYPE html><html><head><script type="application/ld+json">${JSON.stringify({
  '@type': 'JobPosting',
  title: 'Peer Recovery Specialist',
  description: '<p>Share your story.</p>',
})}</script></head><body><p>Page text</p></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlens-read-input-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput: files', () => {
  it('reads a .txt file as text, with CRLF line ends made LF', async () => {
    const path = file('posting.txt', 'Peer Support Specialist\r\nShare your story.\r\n');
    expect(await readInput(path)).toEqual({
      source: path,
      input: 'Peer Support Specialist\nShare your story.\n',
      via: 'text',
      notes: [],
    });
  });

  it('reads a .md file with its markup stripped', async () => {
    const reading = await readInput(file('posting.md', '# Peer Mentor\n\n* **Share** your story\n'));
    expect(reading).toMatchObject({ input: 'Peer Mentor\n\n- Share your story', via: 'markdown' });
  });

  it('reads a .html file from its JSON-LD', async () => {
    const reading = await readInput(file('posting.html', jobPage));
    expect(reading).toMatchObject({ via: 'json-ld', input: { title: 'Peer Recovery Specialist' } });
  });

  it('sniffs HTML in a file without a known extension', async () => {
    const reading = await readInput(file('posting.download', jobPage));
    expect(reading.via).toBe('json-ld');
  });

  it('reads a file:// URL', async () => {
    const path = file('url.txt', 'Recovery coach');
    expect((await readInput(`file://${path}`)).input).toBe('Recovery coach');
  });

  it('decodes a UTF-16 file with a BOM', async () => {
    const path = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Peer café', 'utf16le')]));
    expect((await readInput(path)).input).toBe('Peer café');
  });

  it('names a missing file', async () => {
    const error = await inputError(join(dir, 'nope.txt'));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(`${join(dir, 'nope.txt')}: no such file`);
  });

  it('refuses a directory', async () => {
    const sub = join(dir, 'postings');
    mkdirSync(sub, { recursive: true });
    const error = await inputError(sub);
    expect(error.code).toBe('is-directory');
    expect(error.message).toMatch(/is a directory/);
  });

  it('refuses an empty file and a whitespace-only file', async () => {
    expect((await inputError(file('empty.txt', ''))).message).toMatch(/: is empty$/);
    const blank = await inputError(file('blank.md', ' \n\t\n'));
    expect(blank.code).toBe('empty');
    expect(blank.message).toMatch(/contains only whitespace/);
  });

  it('refuses an HTML page with no readable text', async () => {
    const error = await inputError(file('blank.html', '<html><body><script>x()</script></body></html>'));
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/no readable text/);
  });

  it('refuses a binary file, saying what it looks like', async () => {
    const error = await inputError(file('posting.txt.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\n', 'latin1')));
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/looks like a PDF/);
    expect((await inputError(file('nul.txt', Buffer.from([0x61, 0, 0x62])))).code).toBe('binary');
  });

  it('refuses a file over the size limit, saying the limit', async () => {
    const error = await inputError(file('big.txt', 'x'.repeat(3 * 1024 * 1024)), { maxBytes: 2 * 1024 * 1024 });
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/is 3 MB; the limit is 2 MB/);
  });

  it('every message is one line', async () => {
    const error = await inputError(join(dir, 'missing', 'deeper.txt'));
    expect(error.message).not.toContain('\n');
  });
});

describe('readInput: stdin', () => {
  it('reads "-" from the given stream, sniffing HTML', async () => {
    expect(await readInput('-', { stdin: Readable.from([Buffer.from('Peer '), Buffer.from('mentor')]) })).toMatchObject({
      source: '-',
      input: 'Peer mentor',
      via: 'text',
    });
    expect((await readInput('-', { stdin: Readable.from([jobPage]) })).via).toBe('json-ld');
  });

  it('calls empty stdin "stdin" in the message, and stops reading past the limit', async () => {
    expect((await inputError('-', { stdin: Readable.from([]) })).message).toBe('stdin: is empty');
    const big = await inputError('-', { stdin: Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]), maxBytes: 1000 });
    expect(big.code).toBe('too-large');
  });
});

describe('readInput: URLs', () => {
  let server: Server;
  let base: string;
  const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
    '/job.html': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(jobPage),
    '/job.txt': (res) =>
      res
        .writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' })
        .end(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x70, 0x65, 0x65, 0x72])),
    '/job.md': (res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('# Peer Mentor\n* one'),
    '/report.pdf': (res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
    '/empty': (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(''),
    '/slow': () => undefined, // never answers
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const route = routes[req.url ?? ''];
      if (route) route(res);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads an HTML page from its JSON-LD', async () => {
    expect(await readInput(`${base}/job.html`)).toMatchObject({ source: `${base}/job.html`, via: 'json-ld' });
  });

  it('reads plain text in the charset the server names', async () => {
    expect((await readInput(`${base}/job.txt`)).input).toBe('café – peer');
  });

  it('goes by the extension when the content type says nothing', async () => {
    expect(await readInput(`${base}/job.md`)).toMatchObject({ input: 'Peer Mentor\n- one', via: 'markdown' });
  });

  it('reports HTTP errors, unsupported types, empty bodies and timeouts in one line', async () => {
    const notFound = await inputError(`${base}/missing`);
    expect([notFound.code, notFound.message]).toEqual(['fetch-failed', `${base}/missing: the server answered 404 Not Found`]);
    expect((await inputError(`${base}/report.pdf`)).message).toMatch(/content type application\/pdf is not supported/);
    expect((await inputError(`${base}/empty`)).code).toBe('empty');
    const slow = await inputError(`${base}/slow`, { timeoutMs: 300 });
    expect([slow.code, slow.message]).toEqual(['fetch-failed', `${base}/slow: could not fetch it (no answer within 0.3 s)`]);
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await inputError(`http://127.0.0.1:${port}/job.html`);
    expect(error.message).toMatch(/could not fetch it \(ECONNREFUSED\)/);
  });
});
