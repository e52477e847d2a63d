import { describe, expect, it } from 'vitest';
import { parseHexRgb } from './parseHexRgb';

describe('parseHexRgb', () => {
  it('reads #rrggbb and #rgb, any case, around whitespace (getPropertyValue keeps it)', () => {
    expect(parseHexRgb('#d97706')).toEqual([217, 119, 6]);
    expect(parseHexRgb(' #94A3B8 ')).toEqual([148, 163, 184]);
    expect(parseHexRgb('#fff')).toEqual([255, 255, 255]);
  });
  it('gives null for what it cannot read, so the caller keeps its own colour', () => {
    expect(parseHexRgb('')).toBeNull();
    expect(parseHexRgb('rgb(1, 2, 3)')).toBeNull();
    expect(parseHexRgb('#12345')).toBeNull();
    expect(parseHexRgb('#gggggg')).toBeNull();
  });
});
