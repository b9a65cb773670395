// One download of a URL, for the CLI and the audit: redirects followed by hand (at most
// MAX_REDIRECTS, each checked by the address guard), a time limit, and a size limit chosen from
// the content type the server declares, enforced on the declared length and while streaming.
// Each hop's host is resolved once, and the request connects to the very address that was
// checked: a name whose DNS answer changes between the check and the connection (DNS
// rebinding) cannot lead the request to a private address. Node's http and https modules take
// that address through their `lookup` option (fetch offers no such option).
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { isIP, type LookupFunction } from 'node:net';
import { InputError } from './input-error.js';
import { addressesOf, isPrivateAddress, redirectAllowed, resolveHost, type ResolveHost } from './address-guard.js';

export interface FetchedUrl {
  bytes: Uint8Array;
  contentType: string;
  /** Where the bytes came from after redirects. */
  url: string;
}

export interface FetchUrlOptions {
  /** The size limit for a response of this content type (lower-cased MIME type, "" if none). */
  maxBytesFor: (mime: string, url: URL) => number;
  timeoutMs: number;
  accept?: string;
  /** DNS resolution (tests stand in their own). */
  resolve?: ResolveHost;
  /** Which addresses are on this machine or a private network (tests stand in their own). */
  isPrivate?: (address: string) => boolean;
}

export const MAX_REDIRECTS = 10;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

export function mimeOf(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

function failure(error: unknown, source: string, timeoutMs: number): InputError {
  const err = error as Error & { code?: string };
  const why =
    err.name === 'TimeoutError' || err.name === 'AbortError' ? `no answer within ${timeoutMs / 1000} s` : (err.code ?? err.message);
  return new InputError('fetch-failed', source, `${source}: could not fetch it (${why})`);
}

/** A DNS lookup that answers with `address` alone, whatever name it is asked about. */
export function pinnedLookup(address: string): LookupFunction {
  const family = isIP(address) === 6 ? 6 : 4;
  return (_hostname, options, callback) => {
    if (options.all) (callback as (e: null, all: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

/**
 * One GET of `url`, connected to `address` (TLS still checks the certificate against the URL's
 * host). The http and https modules load with the first URL: most runs read files only.
 */
async function get(url: URL, address: string, headers: OutgoingHttpHeaders, signal: AbortSignal): Promise<IncomingMessage> {
  const { request } = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, signal, lookup: pinnedLookup(address), agent: false }, resolve);
    req.on('error', reject);
    req.end();
  });
}

const header = (response: IncomingMessage, name: string): string | undefined => {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export async function fetchUrl(source: string, options: FetchUrlOptions): Promise<FetchedUrl> {
  const resolve = options.resolve ?? resolveHost;
  const isPrivate = options.isPrivate ?? isPrivateAddress;
  const signal = AbortSignal.timeout(options.timeoutMs);
  const headers: OutgoingHttpHeaders = options.accept ? { accept: options.accept } : {};
  let response: IncomingMessage | undefined;
  try {
    let url = new URL(source);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new InputError('fetch-failed', source, `${source}: PeerLens reads http and https addresses only`);
    const first = await addressesOf(url, resolve);
    let addresses = first;
    for (let hops = 0; ; hops++) {
      const address = addresses[0];
      if (address === undefined) throw new InputError('fetch-failed', source, `${source}: ${url.hostname} has no address`);
      response = await get(url, address, headers, signal);
      const status = response.statusCode ?? 0;
      const location = header(response, 'location');
      if (REDIRECT.has(status) && location) {
        response.destroy();
        if (hops >= MAX_REDIRECTS) throw new InputError('fetch-failed', source, `${source}: more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new InputError('fetch-failed', source, `${source}: redirects to ${next.protocol} addresses, which PeerLens does not read`);
        }
        const nextAddresses = await addressesOf(next, resolve);
        if (!redirectAllowed(first, nextAddresses, isPrivate)) {
          throw new InputError(
            'fetch-failed',
            source,
            `${source}: redirects to ${next.host}, an address on this machine or a private network; PeerLens does not follow that from a public address`,
          );
        }
        url = next;
        addresses = nextAddresses;
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new InputError('fetch-failed', source, `${source}: the server answered ${status} ${response.statusMessage ?? ''}`.trim());
      }
      const contentType = header(response, 'content-type') ?? '';
      const max = options.maxBytesFor(mimeOf(contentType), url);
      const length = header(response, 'content-length');
      const declared = Number(length);
      if (length !== undefined && Number.isFinite(declared) && declared > max) {
        response.destroy();
        throw new InputError('too-large', source, `${source}: is ${megabytes(declared)}; the limit is ${megabytes(max)}`);
      }
      const parts: Buffer[] = [];
      let total = 0;
      for await (const chunk of response as AsyncIterable<Buffer>) {
        total += chunk.byteLength;
        if (total > max) {
          response.destroy();
          throw new InputError('too-large', source, `${source}: is larger than ${megabytes(max)}`);
        }
        parts.push(chunk);
      }
      return { bytes: Buffer.concat(parts), contentType, url: url.href };
    }
  } catch (error) {
    response?.destroy();
    if (error instanceof InputError) throw error;
    throw failure(error, source, options.timeoutMs);
  }
}
