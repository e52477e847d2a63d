// Decimal URL parameters (top-1 thresholds, allowed accuracy loss) clamp into range; what is not a
// finite number falls back to the default.
import { describe, expect, it } from 'vitest';
import { parseAsFloatInRange } from './parseAsFloatInRange';

const loss = parseAsFloatInRange(0, 10);

describe('parseAsFloatInRange', () => {
  it('reads decimals and clamps them to the bounds', () => {
    expect(loss.parse('0.5')).toBe(0.5);
    expect(loss.parse(' 2.25 ')).toBe(2.25);
    expect(loss.parse('1e1')).toBe(10);
    expect(loss.parse('11')).toBe(10);
    expect(loss.parse('-3')).toBe(0);
  });

  it('rejects empty strings, words and infinities', () => {
    for (const raw of ['', '   ', 'abc', '1,5', 'Infinity', '-Infinity', 'NaN']) expect(loss.parse(raw), raw).toBeNull();
  });

  it('writes the number as it is', () => {
    expect(loss.serialize(0.5)).toBe('0.5');
    expect(loss.serialize(64)).toBe('64');
  });
});
