// The text colour on a heatmap cell is whichever of white and the ink (#0f172a) has the higher WCAG
// contrast ratio with the fill, for #rrggbb fills and for d3's rgb(r, g, b) strings alike.
import { describe, expect, it } from 'vitest';
import { contrastText } from './contrastText';

const INK = '#0f172a';

/** WCAG 2 relative luminance of 0–255 channels, written out independently of the module. */
function relativeLuminance(r: number, g: number, b: number): number {
  const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const INK_L = relativeLuminance(0x0f, 0x17, 0x2a);

describe('contrastText', () => {
  it('puts ink on light fills and white on dark ones', () => {
    expect(contrastText('#ffffff')).toBe(INK);
    expect(contrastText('#f8fafc')).toBe(INK); // the heatmap's ρ = 0
    expect(contrastText('#e2e8f0')).toBe(INK); // the heatmap's missing value
    expect(contrastText('#000000')).toBe('#ffffff');
    expect(contrastText('#1e3a8a')).toBe('#ffffff'); // the heatmap's ρ = 1
    expect(contrastText('#b91c1c')).toBe('#ffffff'); // the heatmap's ρ = −1
  });

  it('reads upper-case hex and the rgb() strings d3 interpolators return', () => {
    expect(contrastText('#1E3A8A')).toBe('#ffffff');
    expect(contrastText('rgb(30, 58, 138)')).toBe('#ffffff');
    expect(contrastText('rgb(207,228,253)')).toBe(INK);
  });

  it('switches between the two greys on either side of equal contrast', () => {
    // Grey 0x7b: luminance 0.19807, 4.2327:1 on white against 4.2178:1 on ink → white.
    // Grey 0x7c: luminance 0.20156, 4.1740:1 on white against 4.2771:1 on ink → ink.
    expect(ratio(1, relativeLuminance(0x7b, 0x7b, 0x7b))).toBeCloseTo(4.2327, 4);
    expect(ratio(INK_L, relativeLuminance(0x7b, 0x7b, 0x7b))).toBeCloseTo(4.2178, 4);
    expect(contrastText('#7b7b7b')).toBe('#ffffff');
    expect(contrastText('#7c7c7c')).toBe(INK);
  });

  it('always picks the higher of the two contrast ratios', () => {
    for (let r = 0; r < 256; r += 17) {
      for (let g = 0; g < 256; g += 17) {
        for (let b = 0; b < 256; b += 17) {
          const l = relativeLuminance(r, g, b);
          const onWhite = ratio(1, l);
          const onInk = ratio(INK_L, l);
          const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          expect(contrastText(hex), hex).toBe(onWhite >= onInk ? '#ffffff' : INK);
        }
      }
    }
  });
});
