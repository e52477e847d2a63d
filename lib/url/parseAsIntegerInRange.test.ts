// A pasted or edited URL must still show something sensible: integers clamp into range, anything
// that is not an integer falls back to the default (parse gives null).
import { describe, expect, it } from 'vitest';
import { parseAsIntegerInRange } from './parseAsIntegerInRange';

const n = parseAsIntegerInRange(0, 200_000);

describe('parseAsIntegerInRange', () => {
  it('reads integers, with surrounding spaces and a sign', () => {
    expect(n.parse('50000')).toBe(50_000);
    expect(n.parse(' 12 ')).toBe(12);
    expect(parseAsIntegerInRange(-10, 10).parse('-3')).toBe(-3);
  });

  it('clamps to the bounds, both included', () => {
    expect(n.parse('9999999')).toBe(200_000);
    expect(n.parse('200000')).toBe(200_000);
    expect(n.parse('-5')).toBe(0);
    expect(n.parse('0')).toBe(0);
  });

  it('rejects decimals, exponents, hex and words', () => {
    for (const raw of ['12.5', '1e3', '0x10', 'abc', '', '  ', '12abc', 'Infinity']) expect(n.parse(raw), raw).toBeNull();
  });

  it('writes whole numbers', () => {
    expect(n.serialize(42)).toBe('42');
    expect(n.serialize(2.6)).toBe('3');
  });
});
