import { describe, expect, it } from 'vitest';
import { axisScale } from './axisScale';
import { brushPatch, brushSpans, brushStep, clearBrushPatch } from './brushPatch';
import { axisById } from './parallelAxes';

const top1 = axisById('val_top1')!;
// Top-1 from 60 to 76 (span 16): three significant digits of the span are tenths.
const top1Scale = axisScale(top1, [60, 64, 76, NaN]);
const l5 = axisById('l5')!;
const l5Scale = axisScale(l5, []);

describe('axisScale', () => {
  it('places a target linearly over its finite extent and a gene at its choice slots', () => {
    expect(top1Scale.domain).toEqual([60, 76]);
    expect(top1Scale.toUnit(64)).toBeCloseTo(0.25);
    expect(top1Scale.fromUnit(0.5)).toBe(68);
    expect(top1Scale.ticks.map((t) => t.label)).toEqual(['60', '65', '70', '75']);
    expect([1, 2, 3, 4].map(l5Scale.toUnit)).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(l5Scale.toUnit(5)).toBeNaN();
    expect(axisScale(axisById('se2')!, []).ticks.map((t) => t.label)).toEqual(['off', 'on']);
  });
});

describe('brushPatch', () => {
  it('turns a brush on a target into its min/max range, rounded outward', () => {
    expect(brushStep([60, 76])).toBe(0.1);
    expect(brushStep([0.41, 9.8])).toBe(0.01);
    // 0.2 → 63.2, 0.6 → 69.6 (exact); 0.2031 → 63.2496 rounds down to 63.2, 0.6004 → 69.6064 up to 69.7.
    expect(brushPatch(top1, top1Scale, 0.6004, 0.2031)).toEqual({ min_val_top1: 63.2, max_val_top1: 69.7 });
    expect(brushPatch(top1, top1Scale, -0.5, 2)).toEqual({ min_val_top1: 60, max_val_top1: 76 });
  });

  it('turns a brush on a gene axis into the values it covers, or the nearest one', () => {
    expect(brushPatch(l5, l5Scale, 0.3, 0.7)).toEqual({ l5: [2, 3] });
    expect(brushPatch(l5, l5Scale, 1, 0.9)).toEqual({ l5: [4] });
    // Between slots 2 (1/3) and 3 (2/3), nearer 3.
    expect(brushPatch(l5, l5Scale, 0.52, 0.58)).toEqual({ l5: [3] });
    expect(clearBrushPatch(l5)).toEqual({ l5: null });
    expect(clearBrushPatch(top1)).toEqual({ min_val_top1: null, max_val_top1: null });
  });

  it('draws the URL state back as spans of the axis', () => {
    expect(brushSpans(top1, top1Scale, { kind: 'range', min: 64, max: 68 })).toEqual([[0.25, 0.5]]);
    expect(brushSpans(top1, top1Scale, { kind: 'range', min: null, max: 68 })).toEqual([[0, 0.5]]);
    expect(brushSpans(top1, top1Scale, { kind: 'range', min: null, max: null })).toEqual([]);
    // min above max selects nothing: no span.
    expect(brushSpans(top1, top1Scale, { kind: 'range', min: 70, max: 68 })).toEqual([]);
    const spans = brushSpans(l5, l5Scale, { kind: 'values', values: [1, 4] });
    expect(spans.map(([a, b]) => [a, b].map((t) => Number(t.toFixed(4))))).toEqual([
      [0, 0.0833],
      [0.9167, 1],
    ]);
  });
});
