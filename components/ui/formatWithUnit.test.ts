// The one number format of the app, per unit, with values of the dataset's ranges.
import { describe, expect, it } from 'vitest';
import { formatWithUnit } from './formatWithUnit';

describe('formatWithUnit', () => {
  it('prints accuracy with 2 decimals', () => {
    expect(formatWithUnit(77.6912, '%')).toBe('77.69');
    expect(formatWithUnit(93, '%')).toBe('93.00');
  });

  it('prints throughput whole with thousands separators from 100 img/s, with one decimal below', () => {
    expect(formatWithUnit(12345.4, 'img/s')).toBe('12,345');
    expect(formatWithUnit(100, 'img/s')).toBe('100');
    expect(formatWithUnit(45.67, 'img/s')).toBe('45.7');
  });

  it('prints latency to 3 significant figures, a spread to 2, and whole from 1,000 ms', () => {
    expect(formatWithUnit(2.3456, 'ms')).toBe('2.35');
    expect(formatWithUnit(0.4567, 'ms')).toBe('0.457');
    expect(formatWithUnit(0.04567, 'ms', true)).toBe('0.046');
    expect(formatWithUnit(1234.5, 'ms')).toBe('1,235');
  });

  it('prints seconds whole with separators and other units to 4 significant figures, never in exponent form', () => {
    expect(formatWithUnit(1234.5, 's')).toBe('1,235');
    expect(formatWithUnit(5.2881, 'M')).toBe('5.288');
    expect(formatWithUnit(123456, '% × img/s')).toBe('123,456');
  });

  it('prints a dash for what is not a number', () => {
    expect(formatWithUnit(NaN, '%')).toBe('—');
    expect(formatWithUnit(Infinity, 'ms')).toBe('—');
  });
});
