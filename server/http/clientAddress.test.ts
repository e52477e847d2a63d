import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './clientAddress';

describe('clientAddress', () => {
  const none = parseTrustedProxies(undefined);
  const nginx = parseTrustedProxies('127.0.0.1, 10.0.0.0/24,::1');

  it('uses the connection peer and ignores X-Forwarded-For when no proxy is trusted (a client cannot pick its key)', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', none)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', undefined, none)).toBe('203.0.113.7');
    // Trusted list set, but this peer is not on it: the header is still the client's own words.
    expect(clientAddress('203.0.113.7', '127.0.0.1', nginx)).toBe('203.0.113.7');
  });

  it('reads X-Forwarded-For from a trusted proxy, rightmost untrusted hop first', () => {
    expect(clientAddress('127.0.0.1', '198.51.100.1', nginx)).toBe('198.51.100.1');
    // The client prepended a fake address; nginx appended (or set) the real one last.
    expect(clientAddress('127.0.0.1', '1.2.3.4, 198.51.100.1', nginx)).toBe('198.51.100.1');
    // Two trusted proxies in a row (10.0.0.5 inside 10.0.0.0/24): skipped.
    expect(clientAddress('::ffff:10.0.0.9', '198.51.100.1, 10.0.0.5', nginx)).toBe('198.51.100.1');
    expect(clientAddress('::1', ['198.51.100.1', '10.0.0.5'], nginx)).toBe('198.51.100.1');
  });

  it('falls back to the proxy itself when the trusted proxy sent no usable header', () => {
    expect(clientAddress('127.0.0.1', undefined, nginx)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', ' , ', nginx)).toBe('127.0.0.1');
    // Every hop trusted (a health check from the proxy host): the leftmost hop.
    expect(clientAddress('127.0.0.1', '10.0.0.7, 127.0.0.1', nginx)).toBe('10.0.0.7');
    expect(clientAddress(undefined, undefined, none)).toBe('unknown');
  });

  it('rejects entries that are not addresses or CIDR ranges, naming them', () => {
    expect(() => parseTrustedProxies('127.0.0.1,localhost')).toThrow(/"localhost" is not an IP address or CIDR range/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/"10.0.0.0\/33"/);
    expect(() => parseTrustedProxies('10.0.0.0/8/1')).toThrow(/not an IP address/);
    expect(parseTrustedProxies(' , ').entries).toEqual([]);
    expect(parseTrustedProxies('::1,fd00::/8').has('fd00::1')).toBe(true);
  });
});
