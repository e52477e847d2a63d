// The zoom and pan geometry the chart's pointer handlers, keyboard and URL share, on windows worked by hand.
import { describe, expect, it } from 'vitest';
import { extentOf, keyboardView, linear, pad, panView, viewContains, viewFromCorners, zoomView, type ChartView } from './chartView';

const VIEW: ChartView = { x: [0, 10], y: [0, 100] };

describe('linear', () => {
  it('maps a domain onto a range, including a flipped one (SVG y grows downwards)', () => {
    expect(linear(0, 10, 0, 100)(2.5)).toBe(25);
    expect(linear(0, 10, 200, 0)(2.5)).toBe(150);
    expect(linear(60, 80, 0, 400)(85)).toBe(500); // no clamping: points outside the window land outside the plot
  });

  it('maps every value to the range start when the domain is a single point', () => {
    const f = linear(3, 3, 40, 90);
    expect([f(3), f(-1), f(1e9)]).toEqual([40, 40, 40]);
  });
});

describe('extentOf', () => {
  it('skips NaN (targets the dataset does not have)', () => {
    expect(extentOf([3, NaN, -1, 7], null, 4)).toEqual([-1, 7]);
    expect(extentOf([NaN, 2], null, 2)).toEqual([2, 2]);
  });

  it('reads only the first `count` values, or only `indices` when given', () => {
    expect(extentOf([3, 9, -1, 7], null, 2)).toEqual([3, 9]);
    expect(extentOf([3, 9, -1, 7], [0, 2], 99)).toEqual([-1, 3]);
    expect(extentOf(Float64Array.of(5, 1, 4), Int32Array.of(2), 3)).toEqual([4, 4]);
  });

  it('widens a given extent without shrinking it', () => {
    expect(extentOf([5], null, 1, [0, 2])).toEqual([0, 5]);
    expect(extentOf([1], null, 1, [0, 2])).toEqual([0, 2]);
  });

  it('is [Infinity, -Infinity] for nothing, which pad turns into [0, 1]', () => {
    const empty = extentOf([], null, 0);
    expect(empty).toEqual([Infinity, -Infinity]);
    expect(pad(empty)).toEqual([0, 1]);
    expect(pad(extentOf([NaN, NaN], null, 2))).toEqual([0, 1]);
  });
});

describe('pad', () => {
  it('adds 4% of the width each side by default', () => {
    expect(pad([0, 100])).toEqual([-4, 104]);
    expect(pad([60, 80], 0.1)).toEqual([58, 82]);
  });

  it('gives a single value 5% of itself each side, or ±1 at zero', () => {
    expect(pad([5, 5])).toEqual([4.75, 5.25]);
    expect(pad([-40, -40])).toEqual([-42, -38]);
    expect(pad([0, 0])).toEqual([-1, 1]);
  });
});

describe('zoomView', () => {
  it('keeps the point under the cursor where it was', () => {
    // Around (2, 50) by a half: x 2 − 2·0.5 … 2 + 8·0.5 = [1, 6]; y 50 ± 25.
    const zoomed = zoomView(VIEW, 0.5, 2, 50);
    expect(zoomed).toEqual({ x: [1, 6], y: [25, 75] });
    // 2 sat at 20% of [0, 10] and sits at 20% of [1, 6].
    expect((2 - zoomed.x[0]) / (zoomed.x[1] - zoomed.x[0])).toBe(0.2);
  });

  it('zooms out with a factor above 1', () => {
    expect(zoomView(VIEW, 2, 10, 0)).toEqual({ x: [-10, 10], y: [0, 200] });
  });
});

describe('panView, viewFromCorners, viewContains', () => {
  it('moves both ends by the same amount', () => {
    expect(panView(VIEW, -2.5, 10)).toEqual({ x: [-2.5, 7.5], y: [10, 110] });
  });

  it('orders the corners of a drag in any direction', () => {
    expect(viewFromCorners(5, 1, 2, 8)).toEqual({ x: [2, 5], y: [1, 8] });
    expect(viewFromCorners(2, 8, 5, 1)).toEqual({ x: [2, 5], y: [1, 8] });
  });

  it('counts the edges as inside', () => {
    expect(viewContains(VIEW, 0, 100)).toBe(true);
    expect(viewContains(VIEW, 10, 0)).toBe(true);
    expect(viewContains(VIEW, 10.000001, 50)).toBe(false);
    expect(viewContains(VIEW, 5, -0.1)).toBe(false);
    expect(viewContains(VIEW, NaN, 50)).toBe(false);
  });
});

describe('keyboardView', () => {
  it('pans by a tenth of the window, up meaning larger y', () => {
    expect(keyboardView('ArrowLeft', VIEW)).toEqual({ x: [-1, 9], y: [0, 100] });
    expect(keyboardView('ArrowRight', VIEW)).toEqual({ x: [1, 11], y: [0, 100] });
    expect(keyboardView('ArrowUp', VIEW)).toEqual({ x: [0, 10], y: [10, 110] });
    expect(keyboardView('ArrowDown', VIEW)).toEqual({ x: [0, 10], y: [-10, 90] });
  });

  it('zooms around the centre: + and = to 80%, − to 125%, so one of each is back where it started', () => {
    expect(keyboardView('+', VIEW)).toEqual({ x: [1, 9], y: [10, 90] });
    expect(keyboardView('=', VIEW)).toEqual(keyboardView('+', VIEW));
    expect(keyboardView('-', VIEW)).toEqual({ x: [-1.25, 11.25], y: [-12.5, 112.5] });
    const back = keyboardView('-', keyboardView('+', VIEW)!)!;
    expect(back.x[0]).toBeCloseTo(0, 12);
    expect(back.x[1]).toBeCloseTo(10, 12);
    expect(back.y[1]).toBeCloseTo(100, 12);
  });

  it('resets on 0 and ignores other keys', () => {
    expect(keyboardView('0', VIEW)).toBeNull();
    expect(keyboardView('a', VIEW)).toBeUndefined();
    expect(keyboardView('Enter', VIEW)).toBeUndefined();
  });
});
