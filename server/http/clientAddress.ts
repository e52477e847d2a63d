// The address of the client a request comes from, for the write routes' per-client rate limits
// (rateLimit.ts clientKey). Behind nginx every request arrives from the proxy's address, so the client
// is in X-Forwarded-For; but a client reaching an instance directly can put anything there. The header
// is therefore believed only when the connection comes from a proxy the operator named in
// ANB_TRUSTED_PROXIES, and then read from the right, past any trusted proxies, so the entries a client
// prepended are never used. scripts/startup/serve.ts writes the result over X-Forwarded-For.
import { BlockList, isIP } from 'node:net';

/** Matches addresses against the operator's list of proxies (addresses or CIDR ranges, IPv4 or IPv6). */
export interface TrustedProxies {
  has(address: string): boolean;
  /** The list as given, for the start-up log. */
  readonly entries: readonly string[];
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
function plainAddress(address: string): string {
  const a = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a) ? a.slice(7) : a;
}

/**
 * Parses ANB_TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, e.g. `127.0.0.1,10.0.0.0/24,::1`.
 * Throws naming the bad entry and the form expected.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const prefix = Number(bits);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && prefix <= maxBits))) {
      throw new Error(
        `"${entry}" is not an IP address or CIDR range; give the load balancers' addresses as the instances see them, comma-separated, e.g. 127.0.0.1,10.0.0.0/24,::1`,
      );
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return {
    entries,
    has(address) {
      const a = plainAddress(address);
      const family = isIP(a);
      return family !== 0 && list.check(a, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/**
 * The client's address: the connection's peer, unless that peer is a trusted proxy; then the rightmost
 * X-Forwarded-For entry that is not a trusted proxy (each proxy appends the address it saw), or the
 * peer itself when the header has none.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const socket = plainAddress(peer ?? '') || 'unknown';
  if (!trusted.has(socket)) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').map(plainAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i])) return hops[i];
  return hops[0] ?? socket;
}
