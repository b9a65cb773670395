// Which addresses a redirect may lead to. A public page that redirects to the machine itself or
// to the local network (127.0.0.1, 10.x, 192.168.x, 169.254.x, fe80::…) could make PeerLens read
// a private service; such a redirect is refused, unless the URL given was itself on one of
// those networks (the user chose to read from there).
import { BlockList, isIP } from 'node:net';

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** An IPv4 address written as IPv6 (::ffff:127.0.0.1, or ::ffff:7f00:1): the IPv4 address; else undefined. */
function mappedIpv4(address: string): string | undefined {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (dotted) return dotted;
  // The URL parser writes any IPv6 spelling in one form: ::ffff:7f00:1 for 127.0.0.1.
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!hex) return undefined;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Loopback, private (RFC 1918, unique-local, shared) or link-local. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const mapped = family === 6 ? mappedIpv4(address) : undefined;
  if (mapped) return isPrivateAddress(mapped);
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type ResolveHost = (host: string) => Promise<string[]>;

/** The system's resolver (loaded with the first URL: most runs read files only). */
export const resolveHost: ResolveHost = async (host) => {
  const { lookup } = await import('node:dns/promises');
  return (await lookup(host, { all: true })).map((a) => a.address);
};

/** A URL's host's addresses (an IP literal is its own address). */
export async function addressesOf(url: URL, resolve: ResolveHost = resolveHost): Promise<string[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return [host];
  return resolve(host);
}

/** Whether a redirect from a URL whose addresses were `first` may go to addresses `next`. */
export function redirectAllowed(first: readonly string[], next: readonly string[], isPrivate = isPrivateAddress): boolean {
  if (first.some(isPrivate)) return true;
  return !next.some(isPrivate);
}
