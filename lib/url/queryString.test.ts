import { describe, expect, it } from 'vitest';
import { queryString } from './queryString';

describe('queryString', () => {
  it('writes values, repeated keys and escapes, and skips undefined', () => {
    expect(queryString({ large: 'true' })).toBe('?large=true');
    expect(queryString({ arch: ['a b', 'c&d'], x: undefined, large: '1' })).toBe('?arch=a+b&arch=c%26d&large=1');
  });

  it('is empty for no parameters', () => {
    expect(queryString({})).toBe('');
    expect(queryString({ x: undefined })).toBe('');
  });
});
