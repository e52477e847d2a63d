import { describe, expect, it } from 'vitest';
import { publicUrl } from './publicUrl';

describe('publicUrl', () => {
  it('defaults to localhost on PORT', () => {
    expect(publicUrl({}).href).toBe('http://localhost:3000/');
    expect(publicUrl({ PORT: '3277' }).href).toBe('http://localhost:3277/');
    expect(publicUrl({ PUBLIC_URL: '  ' }).href).toBe('http://localhost:3000/');
  });
  it('takes PUBLIC_URL, path prefix included', () => {
    expect(publicUrl({ PUBLIC_URL: 'https://anb.example.org' }).href).toBe('https://anb.example.org/');
    expect(publicUrl({ PUBLIC_URL: 'https://example.org/anb/' }).href).toBe('https://example.org/anb/');
  });
  it('rejects what is not an absolute http(s) URL, saying what is allowed', () => {
    for (const bad of ['anb.example.org', 'ftp://example.org', 'javascript:alert(1)', '/relative']) {
      expect(() => publicUrl({ PUBLIC_URL: bad })).toThrow(/Invalid PUBLIC_URL: must be an absolute http\(s\) URL/);
    }
  });
});
