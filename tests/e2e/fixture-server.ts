// A static file server on 127.0.0.1 for the e2e tests: the saved board pages and documents in
// tests/fixtures/, and installed editor packages under /node_modules/ for the editor pages.
// Nothing else is reachable, and the tests fail on any request that goes elsewhere.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const MOUNTS: Array<[prefix: string, dir: string]> = [
  ['/node_modules/', join(ROOT, 'node_modules')],
  ['/', join(ROOT, 'tests/fixtures')],
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * A long posting (about 40 pages of text) made on the fly, for the "first paint does not wait
 * for the analysis" test; `?sections=N` sets its length.
 */
function largePosting(sections: number): string {
  const part = (i: number) => `
    <h2>Program area ${i + 1}</h2>
    <p>The Peer Support Specialist walks alongside adults in program area ${i + 1}, shares their own
    recovery story when it helps, and supports each person to set goals that matter to them.</p>
    <p>Some of the people we serve are addicts who have been turned away elsewhere; the specialist
    connects them with housing, benefits and community resources, and facilitates a weekly group.</p>
    <ul><li>Co-facilitate wellness and recovery groups.</li><li>Advocate alongside people in meetings with providers.</li>
    <li>Document your own contacts within 24 hours.</li></ul>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Peer Support Specialist (long posting)</title></head>
  <body><main><h1>Peer Support Specialist</h1>${Array.from({ length: sections }, (_, i) => part(i)).join('')}
  <h2>Qualifications</h2><p>Lived experience of mental health recovery is required.</p></main></body></html>`;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Maps a URL path to a file inside one of the mounts; null for anything outside them. */
function fileFor(pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  for (const [prefix, dir] of MOUNTS) {
    if (!decoded.startsWith(prefix)) continue;
    const file = normalize(join(dir, decoded.slice(prefix.length)));
    return file === dir || file.startsWith(dir + sep) ? file : null;
  }
  return null;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/generated/large-posting.html') {
      const sections = Math.min(2000, Number(url.searchParams.get('sections') ?? 300) || 300);
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(largePosting(sections));
      return;
    }
    if (url.pathname === '/generated/no-posting.html') {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body><nav><a href="/">Home</a></nav><form><label>Email <input type="email"></label><button>Sign in</button></form></body></html>',
      );
      return;
    }
    let file = fileFor(url.pathname);
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!file) throw new Error('outside the fixture root');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
