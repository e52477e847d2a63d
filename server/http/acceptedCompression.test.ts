import { describe, expect, it } from 'vitest';
import { acceptedCompression } from './acceptedCompression';

describe('acceptedCompression', () => {
  it('picks gzip over deflate and never brotli, as Next.js does', () => {
    // Chromium's header.
    expect(acceptedCompression('gzip, deflate, br, zstd')).toBe('gzip');
    expect(acceptedCompression('br, deflate')).toBe('deflate');
    expect(acceptedCompression('br')).toBeNull();
    expect(acceptedCompression(undefined)).toBeNull();
    expect(acceptedCompression('')).toBeNull();
  });

  it('reads q-values and the wildcard', () => {
    expect(acceptedCompression('gzip;q=0, deflate;q=0.5')).toBe('deflate');
    expect(acceptedCompression('gzip; q=0, deflate;q=0')).toBeNull();
    expect(acceptedCompression('*')).toBe('gzip');
    expect(acceptedCompression('*;q=0, deflate')).toBe('deflate');
    expect(acceptedCompression('identity')).toBeNull();
    expect(acceptedCompression('GZIP;Q=1')).toBe('gzip');
  });
});
