// The /pareto window's limits on the dataset's own numbers: the measured extents of VCK190 throughput
// (543.52–4,488.98 img/s) and top-1 (42.85–67.052 %) over the 5,138 records.
import { describe, expect, it } from 'vitest';
import { keyboardView, panView, zoomView, type ChartView } from './chartView';
import { clampView, MIN_VIEW_SHARE } from './clampView';
import { viewBounds } from './viewBounds';

const VCK190: [number, number] = [543.5179417796666, 4488.981522594798];
const TOP1: [number, number] = [42.85, 67.052];

describe('viewBounds', () => {
  it('pads the measured extents by 4% of their width each side', () => {
    const b = viewBounds(VCK190, TOP1);
    // 4% of 3,945.46 img/s = 157.82; 4% of 24.202 points = 0.96808.
    expect(b.x[0]).toBeCloseTo(385.6994, 3);
    expect(b.x[1]).toBeCloseTo(4646.8001, 3);
    expect(b.y[0]).toBeCloseTo(41.88192, 10);
    expect(b.y[1]).toBeCloseTo(68.02008, 10);
  });

  it('stops at zero when the padding would reach below it and the data are all non-negative', () => {
    // 4% of 1,000 = 40 below a minimum of 10 would be −30 img/s.
    expect(viewBounds([10, 1010], [0, 1])).toEqual({ x: [0, 1050], y: [0, 1.04] });
    // Data that are negative themselves keep their padding.
    expect(viewBounds([-10, 90], [0, 1]).x).toEqual([-14, 94]);
  });
});

describe('clampView', () => {
  const bounds = viewBounds(VCK190, TOP1);

  it('leaves a window inside the bounds as it is', () => {
    const v: ChartView = { x: [1000, 2000], y: [50, 60] };
    expect(clampView(v, bounds)).toEqual(v);
  });

  it('stops zooming out at the bounds: ten wheel steps out end exactly there, never at negative throughput', () => {
    let v: ChartView = { x: [1000, 2000], y: [50, 60] };
    for (let i = 0; i < 10; i++) v = clampView(zoomView(v, Math.E, 1200, 55), bounds);
    expect(v).toEqual(bounds);
    // Unclamped, the same ten steps reach about −4.4 million img/s.
    let free: ChartView = { x: [1000, 2000], y: [50, 60] };
    for (let i = 0; i < 10; i++) free = zoomView(free, Math.E, 1200, 55);
    expect(free.x[0]).toBeLessThan(-4e6);
  });

  it('slides a panned window back inside, keeping its size', () => {
    const v: ChartView = { x: [1000, 2000], y: [50, 60] };
    const left = clampView(panView(v, -10_000, 0), bounds);
    expect(left.x[0]).toBe(bounds.x[0]);
    expect(left.x[1]).toBeCloseTo(bounds.x[0] + 1000, 9);
    expect(left.y).toEqual([50, 60]);
    const up = clampView(panView(v, 0, 30), bounds);
    expect(up.y[1]).toBe(bounds.y[1]);
    expect(up.y[0]).toBeCloseTo(bounds.y[1] - 10, 9);
  });

  it('holds the arrow keys at the edge', () => {
    let v: ChartView = { x: [bounds.x[0], bounds.x[0] + 500], y: [50, 60] };
    for (let i = 0; i < 5; i++) v = clampView(keyboardView('ArrowLeft', v)!, bounds);
    expect(v.x[0]).toBe(bounds.x[0]);
    expect(v.x[1] - v.x[0]).toBeCloseTo(500, 9);
  });

  it('stops zooming in at a thousandth of the bounds, around the window’s centre', () => {
    const span = (bounds.x[1] - bounds.x[0]) * MIN_VIEW_SHARE; // 4.26 img/s
    const v = clampView({ x: [2000, 2000.5], y: [50, 60] }, bounds);
    expect(v.x[1] - v.x[0]).toBeCloseTo(span, 9);
    expect((v.x[0] + v.x[1]) / 2).toBeCloseTo(2000.25, 9);
  });

  it('replaces a window that is empty, reversed or not a number by the bounds', () => {
    expect(clampView({ x: [5, 5], y: [60, 50] }, bounds)).toEqual(bounds);
    expect(clampView({ x: [NaN, 2000], y: [50, Infinity] }, bounds)).toEqual(bounds);
  });

  it('leaves an axis alone when its bounds are empty (no data yet)', () => {
    expect(clampView({ x: [1, 2], y: [3, 4] }, { x: [0, 0], y: [0, 10] })).toEqual({ x: [1, 2], y: [3, 4] });
  });
});
