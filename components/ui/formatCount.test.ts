import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount } from './formatCount';

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(5138)).toBe('5,138');
    expect(formatCount(100_000)).toBe('100,000');
    expect(formatCount(-1234567)).toBe('-1,234,567');
    expect(formatCount(1234.6)).toBe('1,235');
  });

  it('prints whole numbers as toLocaleString("en-US") does', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (v) => {
        // Intl prints -0 as "-0"; a count is never negative zero.
        const n = v === 0 ? 0 : v;
        expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
  });
});
