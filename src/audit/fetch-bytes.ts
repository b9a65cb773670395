// Raw bytes of a URL, for PDF and Word documents published on the web (the CLI's readInput
// reads HTML and plain text only). Same limits as readInput: size cap and time limit.
import { DocumentError } from './document-error.js';

export interface FetchedBytes {
  bytes: Uint8Array;
  contentType: string;
}

export async function fetchBytes(url: string, maxBytes: number, timeoutMs: number): Promise<FetchedBytes> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const err = error as Error & { cause?: { code?: string } };
    const why = err.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (err.cause?.code ?? err.message);
    throw new DocumentError('fetch-failed', url, `${url}: could not fetch it (${why})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new DocumentError('fetch-failed', url, `${url}: the server answered ${response.status} ${response.statusText}`.trim());
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body ?? []) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new DocumentError('too-large', url, `${url}: is larger than ${Math.round(maxBytes / 1048576)} MB`);
    }
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? '' };
}
