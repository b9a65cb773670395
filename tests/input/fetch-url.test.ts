// Downloads: redirects checked against private addresses, a URL read once, each content type
// under its own limit. A local server stands in for the web.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/input/read-document.js';
import { isPrivateAddress, redirectAllowed } from '../../src/input/address-guard.js';
import { fetchUrl, pinnedLookup } from '../../src/input/fetch-url.js';
import { manyPagesPdf } from '../hostile/hostile-inputs.js';

let server: Server;
let port: number;
const hits = new Map<string, number>();

beforeAll(async () => {
  // A one-page PDF padded past the 5 MB text limit with a comment line (PDF.js rebuilds the
  // cross-reference table the padding shifts).
  const pdf = manyPagesPdf(1);
  const padded = Buffer.concat([pdf.subarray(0, 15), Buffer.from(`%${'x'.repeat(6 * 1024 * 1024)}\n`), pdf.subarray(15)]);
  server = createServer((req, res) => {
    hits.set(req.url ?? '', (hits.get(req.url ?? '') ?? 0) + 1);
    if (req.url === '/download?id=9') res.writeHead(200, { 'content-type': 'application/pdf' }).end(padded);
    else if (req.url === '/to-local') res.writeHead(302, { location: `http://127.0.0.1:${port}/secret` }).end();
    else if (req.url === '/secret') res.writeHead(200, { 'content-type': 'text/plain' }).end('Peer support specialist.');
    else if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
    else if (req.url === '/to-rebinding') res.writeHead(302, { location: `http://rebinding.test:${port}/posting` }).end();
    else if (req.url === '/to-second-loopback') res.writeHead(302, { location: `http://127.0.0.2:${port}/secret` }).end();
    else if (req.url === '/posting') res.writeHead(200, { 'content-type': 'text/plain' }).end(`Peer mentor wanted at ${req.headers.host}.`);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the redirect guard', () => {
  it('knows loopback, private, shared and link-local addresses, in both families', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::5',
      '::ffff:127.0.0.1',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['203.0.113.7', '8.8.8.8', '172.32.0.1', '2001:db8::1', '::ffff:8.8.8.8', '::ffff:808:808'])
      expect(isPrivateAddress(a), a).toBe(false);
    // An IPv4 address in IPv6 clothing, in any spelling, is the IPv4 address.
    for (const a of ['::ffff:7f00:1', '::FFFF:a00:1', '0:0:0:0:0:ffff:c0a8:101']) expect(isPrivateAddress(a), a).toBe(true);
  });

  it('lets a public address redirect only to public ones; a private start may go anywhere', () => {
    expect(redirectAllowed(['203.0.113.7'], ['127.0.0.1'])).toBe(false);
    expect(redirectAllowed(['203.0.113.7'], ['198.51.100.1', '10.0.0.1'])).toBe(false);
    expect(redirectAllowed(['203.0.113.7'], ['198.51.100.1'])).toBe(true);
    expect(redirectAllowed(['127.0.0.1'], ['10.0.0.1'])).toBe(true);
  });

  it('resolves each host once and connects to the address it checked, whatever DNS says next (rebinding)', async () => {
    // rebinding.test answers 127.0.0.1 (public, for this test) when checked, then 127.0.0.2
    // (private, and nothing listens there): the request must go where the check looked.
    const isPrivate = (a: string) => a === '127.0.0.2';
    const asked: string[] = [];
    const resolve = async (host: string) => {
      asked.push(host);
      if (host === 'rebinding.test') return asked.filter((h) => h === host).length === 1 ? ['127.0.0.1'] : ['127.0.0.2'];
      return host === 'public.test' ? ['127.0.0.1'] : [];
    };
    const fetched = await fetchUrl(`http://public.test:${port}/to-rebinding`, {
      maxBytesFor: () => 1024,
      timeoutMs: 5000,
      resolve,
      isPrivate,
    });
    expect(Buffer.from(fetched.bytes).toString()).toBe(`Peer mentor wanted at rebinding.test:${port}.`);
    expect(asked).toEqual(['public.test', 'rebinding.test']);
  });

  it('refuses a redirect to an address the guard calls private, before connecting to it', async () => {
    const isPrivate = (a: string) => a === '127.0.0.2';
    const resolve = async () => ['127.0.0.1'];
    hits.delete('/secret');
    await expect(
      fetchUrl(`http://public.test:${port}/to-second-loopback`, { maxBytesFor: () => 1024, timeoutMs: 5000, resolve, isPrivate }),
    ).rejects.toThrow(/redirects to 127\.0\.0\.2:\d+, an address on this machine or a private network/);
    expect(hits.get('/secret')).toBeUndefined();
  });

  it('has a lookup that gives the checked address for any name, one or all', async () => {
    const lookup = pinnedLookup('::1');
    const one = await new Promise((r) => lookup('elsewhere.test', {}, (_e, address, family) => r([address, family])));
    expect(one).toEqual(['::1', 6]);
    const all = await new Promise((r) => lookup('elsewhere.test', { all: true }, (_e, addresses) => r(addresses)));
    expect(all).toEqual([{ address: '::1', family: 6 }]);
  });

  it('follows the same redirect when the URL given was itself local, and stops redirect loops', async () => {
    const fetched = await fetchUrl(`http://127.0.0.1:${port}/to-local`, { maxBytesFor: () => 1024, timeoutMs: 5000 });
    expect(Buffer.from(fetched.bytes).toString()).toBe('Peer support specialist.');
    await expect(fetchUrl(`http://127.0.0.1:${port}/loop`, { maxBytesFor: () => 1024, timeoutMs: 5000 })).rejects.toThrow(
      /more than 10 redirects/,
    );
  });
});

describe('a URL in an audit', () => {
  it('is downloaded once, and a PDF without .pdf in its name is held to the PDF limit, not the text one', async () => {
    hits.delete('/download?id=9');
    const reading = await readDocument(`http://127.0.0.1:${port}/download?id=9`);
    expect(hits.get('/download?id=9')).toBe(1);
    expect(reading.via).toBe('pdf');
    expect(reading.input).toContain('serves addicts');
  });
});
