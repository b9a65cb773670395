// One download of a URL, for the CLI and the audit: redirects followed by hand (at most
// MAX_REDIRECTS, each checked by the address guard), a time limit, and a size limit chosen from
// the content type the server declares, enforced on the declared length and while streaming.
import { InputError } from './input-error.js';
import { addressesOf, redirectAllowed, resolveHost, type ResolveHost } from './address-guard.js';

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
  const err = error as Error & { cause?: { code?: string; message?: string } };
  const why = err.name === 'TimeoutError' || err.name === 'AbortError'
    ? `no answer within ${timeoutMs / 1000} s`
    : (err.cause?.code ?? err.cause?.message ?? err.message);
  return new InputError('fetch-failed', source, `${source}: could not fetch it (${why})`);
}

export async function fetchUrl(source: string, options: FetchUrlOptions): Promise<FetchedUrl> {
  const resolve = options.resolve ?? resolveHost;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    let url = new URL(source);
    const first = await addressesOf(url, resolve);
    for (let hops = 0; ; hops++) {
      const response = await fetch(url, {
        signal, redirect: 'manual', ...(options.accept ? { headers: { accept: options.accept } } : {}),
      });
      const location = response.headers.get('location');
      if (REDIRECT.has(response.status) && location) {
        await response.body?.cancel();
        if (hops >= MAX_REDIRECTS) throw new InputError('fetch-failed', source, `${source}: more than ${MAX_REDIRECTS} redirects`);
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new InputError('fetch-failed', source, `${source}: redirects to ${next.protocol} addresses, which PeerLens does not read`);
        }
        if (!redirectAllowed(first, await addressesOf(next, resolve))) {
          throw new InputError('fetch-failed', source, `${source}: redirects to ${next.host}, an address on this machine or a private network; PeerLens does not follow that from a public address`);
        }
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new InputError('fetch-failed', source, `${source}: the server answered ${response.status} ${response.statusText}`.trim());
      }
      const contentType = response.headers.get('content-type') ?? '';
      const max = options.maxBytesFor(mimeOf(contentType), url);
      const declared = Number(response.headers.get('content-length'));
      if (response.headers.has('content-length') && Number.isFinite(declared) && declared > max) {
        await response.body?.cancel();
        throw new InputError('too-large', source, `${source}: is ${megabytes(declared)}; the limit is ${megabytes(max)}`);
      }
      const parts: Uint8Array[] = [];
      let total = 0;
      for await (const chunk of response.body ?? []) {
        total += chunk.byteLength;
        if (total > max) {
          await response.body?.cancel().catch(() => undefined);
          throw new InputError('too-large', source, `${source}: is larger than ${megabytes(max)}`);
        }
        parts.push(chunk);
      }
      return { bytes: Buffer.concat(parts), contentType, url: url.href };
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw failure(error, source, options.timeoutMs);
  }
}
